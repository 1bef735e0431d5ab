package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** A multi-room booking: its reference, each room's reservation, and what all of them cost. */
public record GroupBookingView(String reference, List<ReservationView> reservations, BigDecimal total,
                               String currency) implements Serializable {
}
