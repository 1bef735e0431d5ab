package org.innkeeper.domain.folio;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;

/** Sends an article's postings to a window, for the whole stay or the dates from..to (inclusive). */
@Embeddable
public class RoutingRule implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "rule_no", nullable = false)
    private int ruleNo;

    @Column(name = "article_code", nullable = false, length = 20)
    private String articleCode;

    @Column(name = "window_no", nullable = false)
    private int window;

    @Column(name = "from_date")
    private LocalDate from;

    @Column(name = "to_date")
    private LocalDate to;

    protected RoutingRule() {
    }

    RoutingRule(int ruleNo, String articleCode, int window, LocalDate from, LocalDate to) {
        this.ruleNo = ruleNo;
        this.articleCode = articleCode;
        this.window = window;
        this.from = from;
        this.to = to;
    }

    boolean applies(String code, LocalDate date) {
        return articleCode.equals(code) && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    public int ruleNo() {
        return ruleNo;
    }

    public String articleCode() {
        return articleCode;
    }

    public int window() {
        return window;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }
}
