package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A room given to a reservation ahead of arrival. A room of another type than booked needs
 * {@code rate}: KEEP (the booked rate stays: a complimentary upgrade) or REPRICE (the stay is
 * re-priced at the new type's prices of the booked plan).
 */
public record AssignRoomRequest(@NotBlank @Size(max = 10) String roomNumber, @Size(max = 10) String rate)
        implements Serializable {
}
