package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.io.Serializable;

/** The profile found to be the same person, to be merged into the one addressed (the survivor). */
public record GuestMergeRequest(@NotNull @Positive Long duplicateId) implements Serializable {
}
