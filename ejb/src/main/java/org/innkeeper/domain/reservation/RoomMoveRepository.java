package org.innkeeper.domain.reservation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Room moves planned for later nights of stays. */
public interface RoomMoveRepository {

    void store(RoomMove move);

    /** The move with its row locked until the transaction ends. */
    Optional<RoomMove> findForUpdate(long id);

    /** Planned moves not yet carried out whose night is on or before the date, first planned first. */
    List<RoomMove> dueBy(LocalDate date);

    /** A stay's planned moves not yet carried out. */
    List<RoomMove> scheduledFor(Reservation stay);
}
