package org.innkeeper.domain.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.innkeeper.domain.shared.FreeText;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StateConflictException;

/**
 * A company the hotel bills directly: its name, address and VAT ID for the invoices, and the credit it
 * is given on the city ledger.
 */
@Entity
@Table(name = "company")
public class Company {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
    @SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 300)
    private String address;

    @Column(name = "vat_id", length = 30)
    private String vatId;

    @Column(name = "credit_limit", nullable = false, precision = 14, scale = 2)
    private BigDecimal creditLimit;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Company() {
    }

    public Company(String name, String address, String vatId, BigDecimal creditLimit) {
        change(name, address, vatId, creditLimit, true);
    }

    public void change(String newName, String newAddress, String newVatId, BigDecimal newCreditLimit, boolean nowActive) {
        String n = newName == null ? "" : FreeText.line("name", newName).strip();
        if (n.isEmpty() || n.length() > 200) {
            throw new InvalidValueException("name", "a company needs a name of at most 200 characters");
        }
        String a = newAddress == null || newAddress.isBlank() ? null : FreeText.line("address", newAddress).strip();
        if (a != null && a.length() > 300) {
            throw new InvalidValueException("address", "an address has at most 300 characters");
        }
        String v = newVatId == null || newVatId.isBlank() ? null : newVatId.strip().toUpperCase(java.util.Locale.ROOT);
        if (v != null && !v.matches("[A-Z0-9 .-]{4,30}")) {
            throw new InvalidValueException("vatId", "a VAT ID is 4 to 30 letters and digits");
        }
        if (newCreditLimit == null || newCreditLimit.signum() < 0 || newCreditLimit.compareTo(BigDecimal.valueOf(10_000_000)) >= 0) {
            throw new InvalidValueException("creditLimit", "a credit limit is between 0 and 9,999,999.99");
        }
        this.name = n;
        this.address = a;
        this.vatId = v;
        this.creditLimit = newCreditLimit.setScale(2, RoundingMode.HALF_EVEN);
        this.active = nowActive;
    }

    /** Refuses a bill that would take what the company owes past its credit limit. */
    public void requireCredit(Money owed, Money bill) {
        if (!active) {
            throw new StateConflictException("company-inactive", name + " is no longer billed directly");
        }
        Money after = owed.plus(bill);
        if (after.amount().compareTo(creditLimit) > 0) {
            throw new StateConflictException("credit-limit-exceeded", name + " would owe " + after
                    + ", more than its credit limit of " + creditLimit);
        }
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String vatId() {
        return vatId;
    }

    public BigDecimal creditLimit() {
        return creditLimit;
    }

    public boolean active() {
        return active;
    }
}
