package org.innkeeper.application.dto;

import java.io.Serializable;
import java.util.List;

/**
 * A report as one table, the form every export (CSV, XLSX, PDF) and the desk render: a header row,
 * then rows of cells. A cell is a {@link Label}, text, a number ({@code BigDecimal}, {@code Long},
 * {@code Integer}), a {@code LocalDate}, a {@code Boolean}, or null for empty.
 */
public record ReportTable(String title, List<Label> columns, List<List<Object>> rows) implements Serializable {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Fixed wording: {@code key} names it in the desk's bundles, {@code english} is what files print. */
    public record Label(String key, String english) implements Serializable {
        @Override
        public String toString() {
            return english;
        }
    }
}
