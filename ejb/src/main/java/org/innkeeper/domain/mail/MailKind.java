package org.innkeeper.domain.mail;

/** What a message to a guest is about. */
public enum MailKind {
    BOOKING_CONFIRMATION, INVOICE, REQUEST_ESCALATION, SURVEY
}
