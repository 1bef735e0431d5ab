package org.innkeeper.application.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.innkeeper.application.MailService;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.domain.mail.MailKind;

/**
 * The booking confirmation e-mailed to the guest (when the booking has an e-mail address): what was
 * confirmed, as {@link ReservationView} shows it (the prices and policies frozen at booking). Queued
 * in the booking's transaction.
 */
@ApplicationScoped
public class BookingConfirmations {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    @EJB
    MailService mail;

    /** One message for the rooms booked together (one or a group); nothing when there is no e-mail. */
    public void confirm(List<ReservationView> booked, String bookingReference, String hotelName, ZoneId zone) {
        ReservationView first = booked.get(0);
        String email = first.guest() == null ? null : first.guest().email();
        if (email == null || email.isBlank()) {
            return;
        }
        String number = bookingReference != null ? bookingReference : first.confirmationNumber();
        mail.queue(email, "Your booking at " + hotelName + ": " + number,
                text(booked, bookingReference, hotelName, zone), MailKind.BOOKING_CONFIRMATION, number);
    }

    static String text(List<ReservationView> booked, String bookingReference, String hotelName, ZoneId zone) {
        ReservationView first = booked.get(0);
        StringBuilder t = new StringBuilder();
        t.append("Dear ").append(first.guest().firstName()).append(' ').append(first.guest().lastName()).append(",\n\n")
                .append("thank you for booking with ").append(hotelName).append(". ");
        if (bookingReference != null) {
            t.append("Your booking ").append(bookingReference).append(" holds ").append(booked.size()).append(" rooms.\n");
        } else {
            t.append("Here is your booking.\n");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (ReservationView r : booked) {
            t.append("\nConfirmation number: ").append(r.confirmationNumber())
                    .append("\nStatus:              ").append(r.status().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append("\nRoom:                ").append(r.roomTypeName()).append(" (").append(r.ratePlanName()).append(')')
                    .append("\nArrival:             ").append(DATE.format(r.arrival()))
                    .append("\nDeparture:           ").append(DATE.format(r.departure()))
                    .append(" (").append(r.nights()).append(r.nights() == 1 ? " night)" : " nights)")
                    .append("\nGuests:              ").append(r.adults()).append(r.adults() == 1 ? " adult" : " adults");
            if (r.children() > 0) {
                t.append(", ").append(r.children()).append(r.children() == 1 ? " child" : " children");
            }
            t.append("\nTotal:               ").append(r.total().toPlainString()).append(' ').append(r.currency())
                    .append(" (taxes included)");
            if (r.policies() != null) {
                t.append("\nCancellation:        ").append(r.policies().summary());
                if (r.policies().freeCancellationUntil() != null) {
                    t.append("; free until ").append(MOMENT.format(r.policies().freeCancellationUntil().atZone(zone)));
                }
            }
            if (r.optionExpiresAt() != null) {
                t.append("\nHeld for you until:  ").append(MOMENT.format(r.optionExpiresAt().atZone(zone)));
            }
            t.append('\n');
            total = total.add(r.total());
        }
        if (booked.size() > 1) {
            t.append("\nTotal for all rooms: ").append(total.toPlainString()).append(' ').append(first.currency()).append('\n');
        }
        t.append("\nWe look forward to welcoming you.\n").append(hotelName).append('\n');
        return t.toString();
    }
}
