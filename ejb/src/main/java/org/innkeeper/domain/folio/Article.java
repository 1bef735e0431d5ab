package org.innkeeper.domain.folio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.innkeeper.domain.shared.FreeText;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;

/**
 * An article of the service catalogue: what the hotel sells, in which department, at which VAT rate
 * and (if it has a list price) for how much, VAT included. Postings name their article. The system
 * articles (room night, city tax, no-show and cancellation fees) take their amounts and VAT from the
 * stay and the hotel's taxes; only their name is edited.
 */
@Entity
@Table(name = "article")
public class Article {

    public static final String ROOM = "ROOM";
    public static final String CITY_TAX = "CITY_TAX";
    public static final String NO_SHOW = "NO_SHOW";
    public static final String CANCELLATION = "CANCELLATION";
    public static final String BREAKFAST = "BREAKFAST";
    public static final String EARLY_CHECKIN = "EARLY_CHECKIN";
    public static final String LATE_CHECKOUT = "LATE_CHECKOUT";

    @Id
    @Column(length = 20)
    private String code;

    @Column(nullable = false, length = 80)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Department department;

    @Column(name = "vat_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatPercent;

    /** The list price, VAT included; null: priced when posted. */
    @Column(precision = 14, scale = 2)
    private BigDecimal price;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "system_article", nullable = false)
    private boolean systemArticle;

    @Version
    private long version;

    protected Article() {
    }

    public Article(String code, String name, Department department, BigDecimal vatPercent, BigDecimal price) {
        this.code = code(code);
        this.systemArticle = false;
        change(name, department, vatPercent, price, true);
    }

    /** A catalogue code: 2 to 20 capital letters, digits or underscores. */
    public static String code(String text) {
        String c = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z][A-Z0-9_]{1,19}")) {
            throw new InvalidValueException("code", "an article code is 2 to 20 letters, digits or _, starting"
                    + " with a letter");
        }
        return c;
    }

    /** Edits the article. A system article keeps its department, VAT and price (they come from the stay). */
    public void change(String newName, Department newDepartment, BigDecimal newVatPercent, BigDecimal newPrice,
                       boolean nowActive) {
        String n = newName == null ? "" : FreeText.line("name", newName).strip();
        if (n.isEmpty() || n.length() > 80) {
            throw new InvalidValueException("name", "an article needs a name of at most 80 characters");
        }
        if (systemArticle) {
            if (!nowActive) {
                throw new InvalidValueException("active", code + " is posted by the system and stays active");
            }
            this.name = n;
            return;
        }
        if (newDepartment == null || newDepartment == Department.TAX) {
            throw new InvalidValueException("department", "choose the department the revenue belongs to");
        }
        if (newVatPercent == null || newVatPercent.signum() < 0 || newVatPercent.compareTo(BigDecimal.valueOf(50)) > 0) {
            throw new InvalidValueException("vatPercent", "VAT is between 0 and 50 %");
        }
        if (newPrice != null && (newPrice.signum() < 0 || newPrice.compareTo(BigDecimal.valueOf(1_000_000)) >= 0)) {
            throw new InvalidValueException("price", "a price is between 0 and 999,999.99");
        }
        this.name = n;
        this.department = newDepartment;
        this.vatPercent = newVatPercent.setScale(2, RoundingMode.HALF_EVEN);
        this.price = newPrice == null ? null : newPrice.setScale(2, RoundingMode.HALF_EVEN);
        this.active = nowActive;
    }

    /** The hotel's VAT rate on a system article (the room's rate follows the hotel's taxes). */
    public void followVat(BigDecimal hotelVatPercent) {
        if (systemArticle && department == Department.ROOM) {
            this.vatPercent = hotelVatPercent.setScale(2, RoundingMode.HALF_EVEN);
        }
    }

    /** What {@code quantity} of it costs at the list price (VAT included), or the amount given. */
    public Money amountFor(BigDecimal given, int quantity, String currency) {
        if (given != null) {
            return Money.of(given, currency);
        }
        if (price == null) {
            throw new InvalidValueException("amount", name + " has no list price: give the amount");
        }
        return Money.of(price, currency).times(quantity);
    }

    public VatAmounts split(Money gross) {
        return department == Department.TAX ? VatAmounts.exempt(gross) : VatAmounts.fromGross(gross, vatPercent);
    }

    public void requireActive() {
        if (!active) {
            throw new InvalidValueException("article", name + " (" + code + ") is no longer sold");
        }
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Department department() {
        return department;
    }

    public BigDecimal vatPercent() {
        return vatPercent;
    }

    public BigDecimal price() {
        return price;
    }

    public boolean active() {
        return active;
    }

    public boolean systemArticle() {
        return systemArticle;
    }
}
