package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.Instant;

/** A message to a guest: WAITLIST_OFFER or OPTION_EXPIRED. */
public record NotificationView(String confirmationNumber, String guestName, String kind, String recipient,
                               String message, Instant createdAt) implements Serializable {
}
