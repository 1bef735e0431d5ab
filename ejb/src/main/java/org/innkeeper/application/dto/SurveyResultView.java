package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A survey as staff read it: the stay, room and staff it is tied to, and the answers once given. */
public record SurveyResultView(
        String confirmationNumber,
        String roomNumber,
        LocalDate departure,
        String checkedInBy,
        String checkedOutBy,
        Instant sentAt,
        Instant expiresAt,
        Instant answeredAt,
        Integer nps,
        Integer csatOverall,
        Integer frontDesk,
        Integer room,
        Integer cleanliness,
        Integer foodAndBeverage,
        String comment,
        String complaintReference)
        implements Serializable {
}
