package org.innkeeper.application.dto;

import java.io.Serializable;
import java.util.Optional;

/**
 * What came of a password or an API key: the caller it names, nothing (wrong, or a deactivated
 * account: no hint which), or a refusal for {@code retryAfterSeconds} after too many failures.
 */
public record LoginOutcome<T>(T caller, long retryAfterSeconds) implements Serializable {

    public static <T> LoginOutcome<T> accepted(T caller) {
        return new LoginOutcome<>(caller, 0);
    }

    public static <T> LoginOutcome<T> refused() {
        return new LoginOutcome<>(null, 0);
    }

    public static <T> LoginOutcome<T> throttled(long retryAfterSeconds) {
        return new LoginOutcome<>(null, retryAfterSeconds);
    }

    public boolean throttled() {
        return retryAfterSeconds > 0;
    }

    public Optional<T> accepted() {
        return Optional.ofNullable(caller);
    }
}
