package org.innkeeper.application.dto;

import java.io.Serializable;

/** A booking channel that called with a valid API key. */
public record ChannelPrincipal(String code, String name) implements Serializable {
}
