package org.innkeeper.application.dto;

import java.io.Serializable;

/**
 * A booking channel that called with a valid API key; {@code requestsPerSecond} is its own rate
 * limit, or null for the server's default.
 */
public record ChannelPrincipal(String code, String name, Integer requestsPerSecond) implements Serializable {

    public ChannelPrincipal(String code, String name) {
        this(code, name, null);
    }
}
