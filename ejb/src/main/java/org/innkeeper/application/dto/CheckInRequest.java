package org.innkeeper.application.dto;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Registration at arrival. {@code roomNumber}: the room to give, or null to keep the room assigned
 * beforehand; a room of another type than booked needs {@code rate} KEEP (the booked rate stays: a
 * complimentary upgrade) or REPRICE (the new type's price). {@code documentType} is PASSPORT,
 * ID_CARD or DRIVING_LICENCE; {@code nationality} a two-letter country code. {@code keys}: key cards
 * handed over (default 1). {@code deposit}: the amount taken ({@code depositKind} DEPOSIT) or
 * pre-authorised on a card (PRE_AUTHORISATION, the default). {@code earlyCheckInFee}: charged for an
 * early check-in (omit or 0 for free).
 */
public record CheckInRequest(
        @Size(max = 10) String roomNumber,
        @Size(max = 10) String rate,
        @NotNull String documentType,
        @NotBlank @Size(max = 40) String documentNumber,
        @Size(max = 2) String nationality,
        LocalDate birthDate,
        @Valid @Size(max = 11) List<@NotNull @Valid CompanionRequest> companions,
        @Min(1) @Max(10) Integer keys,
        @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) BigDecimal deposit,
        @Size(max = 20) String depositKind,
        @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal earlyCheckInFee)
        implements Serializable {

    /** The full form, which JSON-B reads requests with (a record with two constructors needs to be told). */
    @JsonbCreator
    public CheckInRequest {
    }

    /** The room and the main guest's document only. */
    public CheckInRequest(String roomNumber, String documentType, String documentNumber) {
        this(roomNumber, null, documentType, documentNumber, null, null, null, null, null, null, null);
    }
}
