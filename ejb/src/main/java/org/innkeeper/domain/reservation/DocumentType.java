package org.innkeeper.domain.reservation;

/** Identity documents accepted at registration. */
public enum DocumentType {
    PASSPORT, ID_CARD, DRIVING_LICENCE
}
