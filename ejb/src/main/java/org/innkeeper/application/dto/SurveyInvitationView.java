package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** What the public survey page shows before the guest answers: the hotel, the stay's dates, the language. */
public record SurveyInvitationView(String hotelName, LocalDate arrival, LocalDate departure, String language,
                                   Instant expiresAt) implements Serializable {
}
