package org.innkeeper.application.dto;

import jakarta.validation.constraints.Pattern;
import java.io.Serializable;

/** A card guarantee: its last four digits only, never the full number. */
public record GuaranteeRequest(
        @Pattern(regexp = "\\d{4}", message = "must be the last four digits of the card") String cardLast4)
        implements Serializable {
}
