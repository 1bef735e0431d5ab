package org.innkeeper.domain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * NPS, the formula of DOMAIN.md written once: % promoters (9–10) − % detractors (0–6) of the answers to
 * "how likely are you to recommend us?" (0–10), from −100 to 100. No answers: zero.
 */
public record NetPromoterScore(long promoters, long passives, long detractors) {

    public NetPromoterScore {
        if (promoters < 0 || passives < 0 || detractors < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public static final NetPromoterScore NONE = new NetPromoterScore(0, 0, 0);

    /** One answer, counted where it belongs. */
    public static NetPromoterScore of(int score) {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("a recommendation score is 0 to 10");
        }
        return score >= 9 ? new NetPromoterScore(1, 0, 0) : score >= 7 ? new NetPromoterScore(0, 1, 0)
                : new NetPromoterScore(0, 0, 1);
    }

    /** Whether a score is a detractor's (0–6). */
    public static boolean detractor(int score) {
        return score <= 6;
    }

    public long answers() {
        return promoters + passives + detractors;
    }

    /** The score, rounded to one decimal. */
    public BigDecimal score() {
        long n = answers();
        if (n == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf((promoters - detractors) * 100L)
                .divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_EVEN);
    }

    public NetPromoterScore plus(NetPromoterScore other) {
        return new NetPromoterScore(promoters + other.promoters, passives + other.passives, detractors + other.detractors);
    }
}
