package org.innkeeper.domain.folio;

/** ROOM and CHARGE raise the balance; PAYMENT lowers it. */
public enum PostingType {
    ROOM, CHARGE, PAYMENT
}
