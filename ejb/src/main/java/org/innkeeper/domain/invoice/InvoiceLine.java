package org.innkeeper.domain.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of an invoice as issued: a copy of a posting (a charge, the city tax or a payment). */
@Embeddable
public class InvoiceLine implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        CHARGE, TAX, PAYMENT
    }

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "posting_id", nullable = false)
    private long postingId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "line_date", nullable = false)
    private LocalDate date;

    @Column(name = "article_code", length = 20)
    private String articleCode;

    @Column(nullable = false, length = 120)
    private String description;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal net;

    @Column(name = "vat_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatPercent;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal vat;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal gross;

    protected InvoiceLine() {
    }

    InvoiceLine(int lineNo, long postingId, Kind kind, LocalDate date, String articleCode, String description,
                BigDecimal net, BigDecimal vatPercent, BigDecimal vat, BigDecimal gross) {
        this.lineNo = lineNo;
        this.postingId = postingId;
        this.kind = kind;
        this.date = date;
        this.articleCode = articleCode;
        this.description = description;
        this.net = net;
        this.vatPercent = vatPercent;
        this.vat = vat;
        this.gross = gross;
    }

    InvoiceLine negated(int no) {
        return new InvoiceLine(no, postingId, kind, date, articleCode, description, net.negate(), vatPercent,
                vat.negate(), gross.negate());
    }

    public int lineNo() {
        return lineNo;
    }

    public long postingId() {
        return postingId;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate date() {
        return date;
    }

    public String articleCode() {
        return articleCode;
    }

    public String description() {
        return description;
    }

    public BigDecimal net() {
        return net;
    }

    public BigDecimal vatPercent() {
        return vatPercent;
    }

    public BigDecimal vat() {
        return vat;
    }

    public BigDecimal gross() {
        return gross;
    }
}
