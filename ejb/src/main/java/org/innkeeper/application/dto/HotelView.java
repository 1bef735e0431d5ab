package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The property as the desk shows it: its name, currency, business date, and the time zone every hour a
 * person types or reads is in.
 */
public record HotelView(String name, String currency, LocalDate businessDate, String timeZone) implements Serializable {

    public java.time.ZoneId zone() {
        return java.time.ZoneId.of(timeZone);
    }
}
