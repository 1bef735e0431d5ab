package org.innkeeper.domain.notification;

import java.util.List;
import org.innkeeper.domain.reservation.Reservation;

public interface NotificationRepository {

    void store(GuestNotification notification);

    List<GuestNotification> forReservation(Reservation reservation);

    /** The newest first, with their reservations and guests fetched. */
    List<GuestNotification> latest(int limit);
}
