package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** Marks a stay as the hotel's own use ({@code true}) or takes the mark off. */
public record HouseUseRequest(@NotNull Boolean houseUse) implements Serializable {
}
