package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.LocalDate;

/** The property as the desk shows it: its name, currency and business date. */
public record HotelView(String name, String currency, LocalDate businessDate) implements Serializable {
}
