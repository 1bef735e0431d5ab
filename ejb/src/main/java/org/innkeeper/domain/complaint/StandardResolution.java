package org.innkeeper.domain.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import org.innkeeper.domain.shared.FreeText;
import org.innkeeper.domain.shared.InvalidValueException;

/** The standard way to resolve a category of complaint: the steps the desk follows and the target time. */
@Entity
@Table(name = "complaint_standard")
public class StandardResolution {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ComplaintCategory category;

    @Column(nullable = false, length = 2000)
    private String steps;

    @Column(name = "target_minutes", nullable = false)
    private int targetMinutes;

    @Version
    private long version;

    protected StandardResolution() {
    }

    public StandardResolution(ComplaintCategory category, String steps, int targetMinutes) {
        this.category = category;
        change(steps, targetMinutes);
    }

    /** A manager changes the steps or the target (1 minute to 14 days). */
    public void change(String newSteps, int newTargetMinutes) {
        String text = newSteps == null ? "" : FreeText.lines("steps", newSteps).strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new InvalidValueException("steps", "the steps are 1 to 2000 characters");
        }
        if (newTargetMinutes < 1 || newTargetMinutes > 20160) {
            throw new InvalidValueException("targetMinutes", "the target is 1 minute to 14 days");
        }
        this.steps = text;
        this.targetMinutes = newTargetMinutes;
    }

    public ComplaintCategory category() {
        return category;
    }

    public String steps() {
        return steps;
    }

    public int targetMinutes() {
        return targetMinutes;
    }

    public Duration target() {
        return Duration.ofMinutes(targetMinutes);
    }
}
