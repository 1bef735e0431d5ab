package org.innkeeper.domain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * CSAT, the formula of DOMAIN.md written once: % of answers of 4 or 5 on the 1–5 scale. No answers: zero.
 */
public record Satisfaction(long satisfied, long answers) {

    public Satisfaction {
        if (satisfied < 0 || answers < satisfied) {
            throw new IllegalArgumentException("0 <= satisfied <= answers");
        }
    }

    public static final Satisfaction NONE = new Satisfaction(0, 0);

    /** One answer (null: the question was left out, counts as none). */
    public static Satisfaction of(Integer score) {
        if (score == null) {
            return NONE;
        }
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("satisfaction is 1 to 5");
        }
        return new Satisfaction(score >= 4 ? 1 : 0, 1);
    }

    /** Whether a score is a dissatisfied one (1–2). */
    public static boolean dissatisfied(Integer score) {
        return score != null && score <= 2;
    }

    /** The share satisfied, in percent with one decimal. */
    public BigDecimal percent() {
        if (answers == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(satisfied * 100L).divide(BigDecimal.valueOf(answers), 1, RoundingMode.HALF_EVEN);
    }

    public Satisfaction plus(Satisfaction other) {
        return new Satisfaction(satisfied + other.satisfied, answers + other.answers);
    }
}
