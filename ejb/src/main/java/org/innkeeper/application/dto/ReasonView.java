package org.innkeeper.application.dto;

import java.io.Serializable;

/**
 * Why something can't be sold or done: a stable code (e.g. {@code min-stay}), the sentence to show,
 * and for a length-of-stay rule the nights it asks for (else null).
 */
public record ReasonView(String code, String message, Integer nights) implements Serializable {
}
