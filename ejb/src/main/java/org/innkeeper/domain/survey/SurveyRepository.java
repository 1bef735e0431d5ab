package org.innkeeper.domain.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface SurveyRepository {

    void store(Survey survey);

    /** By its token, locked: the same link sent twice at once is answered once. */
    Optional<Survey> byTokenForUpdate(String token);

    Optional<Survey> byToken(String token);

    Optional<Survey> ofReservation(long reservationId);

    /** The surveys of stays that left in [from, to]. */
    List<Survey> departedBetween(LocalDate from, LocalDate to);

    /** How many stays checked out with a departure in [from, to]: what complaints are counted per 100 of. */
    long staysDeparted(LocalDate from, LocalDate to);
}
