package org.innkeeper.application.dto;

import java.io.Serializable;

/** The answer kept for an idempotent request: status, Location (or null) and the JSON body (or null). */
public record IdempotentResponse(int status, String location, String body) implements Serializable {
}
