package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;

/** A company and what it owes on the city ledger now. */
public record CompanyView(long id, String name, String address, String vatId, BigDecimal creditLimit, boolean active,
                          BigDecimal owed, String currency) implements Serializable {
}
