package org.innkeeper.application.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Where a charge goes: another window of the folio ({@code toWindow}) or another stay ({@code toReservation}), and why. */
public record TransferRequest(@Min(1) @Max(8) Integer toWindow, @Size(max = 20) String toReservation,
                              @NotBlank @Size(max = 150) String reason) implements Serializable {
}
