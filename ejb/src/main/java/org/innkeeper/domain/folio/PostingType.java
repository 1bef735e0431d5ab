package org.innkeeper.domain.folio;

/** ROOM, TAX and CHARGE raise the balance; PAYMENT lowers it. */
public enum PostingType {
    ROOM, TAX, CHARGE, PAYMENT
}
