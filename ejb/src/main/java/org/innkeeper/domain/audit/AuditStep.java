package org.innkeeper.domain.audit;

/** The night audit's steps, in the order they run. */
public enum AuditStep {
    PRE_CHECKS("Pre-checks"),
    NO_SHOWS("No-shows"),
    POSTING("Room and tax posting"),
    HOUSEKEEPING("Housekeeping"),
    STATISTICS("Statistics"),
    ROLL_DATE("Roll the business date");

    private final String label;

    AuditStep(String label) {
        this.label = label;
    }

    /** 1 to 6. */
    public int number() {
        return ordinal() + 1;
    }

    public String label() {
        return label;
    }

    public static AuditStep of(int number) {
        return values()[number - 1];
    }
}
