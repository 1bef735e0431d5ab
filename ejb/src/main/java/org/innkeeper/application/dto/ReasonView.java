package org.innkeeper.application.dto;

import java.io.Serializable;

/** Why something can't be sold or done: a stable code (e.g. {@code min-stay}) and the sentence to show. */
public record ReasonView(String code, String message) implements Serializable {
}
