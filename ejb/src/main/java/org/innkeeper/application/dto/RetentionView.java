package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * How long guests' data is kept after their last stay, the day before which a last stay is too old now,
 * and the profiles a run erased (empty when only read or set).
 */
public record RetentionView(int days, LocalDate cutoff, List<Long> erased) implements Serializable {
}
