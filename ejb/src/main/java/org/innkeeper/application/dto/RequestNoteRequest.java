package org.innkeeper.application.dto;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A note on a request's change: what was done, why it is reopened, the escalated person's report. */
public record RequestNoteRequest(@Size(max = 1000) String note) implements Serializable {
}
