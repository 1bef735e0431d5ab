package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What the registration card of a stay shows, as it stood at check-in: the guest and companions
 * with their identity documents, the stay, the room and the rate with its nightly prices frozen at
 * booking, the policies, the keys and who checked the guest in. {@code language} is the guest's
 * ("en" or "ru"; the card falls back to English for any other). Amounts are in {@code currency};
 * {@code hotelAddress}, {@code guaranteeCardLast4} and {@code deposit} may be null. Document types
 * are PASSPORT, ID_CARD or DRIVING_LICENCE.
 */
public record RegistrationCardView(
        String hotelName,
        String hotelAddress,
        String language,
        String confirmationNumber,
        GuestLine guest,
        List<CompanionLine> companions,
        LocalDate arrival,
        LocalDate departure,
        int nights,
        int adults,
        int children,
        String roomNumber,
        String roomTypeCode,
        String roomTypeName,
        String ratePlanCode,
        String ratePlanName,
        boolean breakfastIncluded,
        List<NightLine> nightlyPrices,
        BigDecimal total,
        String currency,
        BigDecimal cityTax,
        String policiesSummary,
        String guaranteeCardLast4,
        BigDecimal deposit,
        int keysIssued,
        Instant checkedInAt,
        ZoneId hotelZone,
        String checkedInBy) implements Serializable {

    public RegistrationCardView {
        Objects.requireNonNull(hotelName, "hotelName");
        Objects.requireNonNull(confirmationNumber, "confirmationNumber");
        Objects.requireNonNull(guest, "guest");
        Objects.requireNonNull(arrival, "arrival");
        Objects.requireNonNull(departure, "departure");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(checkedInAt, "checkedInAt");
        Objects.requireNonNull(hotelZone, "hotelZone");
        // The card is printed and handed over: a full card number must never reach it.
        if (guaranteeCardLast4 != null && !guaranteeCardLast4.matches("\\d{4}")) {
            throw new IllegalArgumentException("guaranteeCardLast4 must be the last four digits of the card");
        }
        companions = companions == null ? List.of() : List.copyOf(companions);
        nightlyPrices = nightlyPrices == null ? List.of() : List.copyOf(nightlyPrices);
    }

    /** The main guest: the person who signs the card. */
    public record GuestLine(
            String firstName,
            String lastName,
            String email,
            String phone,
            String nationality,
            LocalDate dateOfBirth,
            String documentType,
            String documentNumber) implements Serializable {

        public GuestLine {
            Objects.requireNonNull(firstName, "firstName");
            Objects.requireNonNull(lastName, "lastName");
        }
    }

    /** A person staying with the main guest; only the name is always known. */
    public record CompanionLine(
            String name,
            String documentType,
            String documentNumber,
            String nationality,
            LocalDate dateOfBirth) implements Serializable {

        public CompanionLine {
            Objects.requireNonNull(name, "name");
        }
    }

    /** One night's room price as frozen at booking, VAT included. */
    public record NightLine(LocalDate night, BigDecimal gross) implements Serializable {
    }
}
