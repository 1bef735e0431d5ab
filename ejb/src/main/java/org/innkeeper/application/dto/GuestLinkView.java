package org.innkeeper.application.dto;

import java.io.Serializable;

/** The guest page's private link of a stay, shown once when issued: the token and the path it opens. */
public record GuestLinkView(String confirmationNumber, String token, String path) implements Serializable {
}
