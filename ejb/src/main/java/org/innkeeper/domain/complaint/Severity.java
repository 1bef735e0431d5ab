package org.innkeeper.domain.complaint;

/** How badly the guest was let down. */
public enum Severity {
    LOW, MEDIUM, HIGH;

    public static Severity parse(String text) {
        return Enums.parse(Severity.class, "severity", text);
    }
}
