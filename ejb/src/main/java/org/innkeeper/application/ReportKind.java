package org.innkeeper.application;

import java.util.Locale;
import org.innkeeper.domain.shared.InvalidValueException;

/** The reports of a business date that export as files, by the name in their address. */
public enum ReportKind {
    MANAGER("manager"), TRIAL_BALANCE("trial-balance"), CASHIER("cashier"), PACE("pace");

    private final String path;

    ReportKind(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static ReportKind parse(String text) {
        for (ReportKind kind : values()) {
            if (kind.path.equals(text == null ? "" : text.trim().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new InvalidValueException("report", "unknown report " + text + " (manager, trial-balance, cashier or pace)");
    }
}
