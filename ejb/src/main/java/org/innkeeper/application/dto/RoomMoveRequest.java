package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A guest in the house moves to another (vacant, clean) room from tonight, for a reason. To another
 * room type, {@code rate} is KEEP (a complimentary upgrade) or REPRICE (the remaining nights at the
 * new type's prices of the booked plan).
 */
public record RoomMoveRequest(@NotBlank @Size(max = 10) String roomNumber,
                              @NotBlank @Size(max = 200) String reason,
                              @Size(max = 10) String rate) implements Serializable {
}
