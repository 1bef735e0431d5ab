package org.innkeeper.web.history;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.AuditTrailService;
import org.innkeeper.application.GuestDataService;
import org.innkeeper.application.dto.ChangeView;
import org.innkeeper.application.dto.RetentionView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** Managers: every audited change by period, actor and kind; and how long guests' data is kept. */
@Named
@ViewScoped
public class AuditTrailBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LIMIT = 500;

    @EJB
    private AuditTrailService trail;
    @EJB
    private GuestDataService guestData;
    @Inject
    private FacesMessages messages;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String kind;
    private List<ChangeView> changes = List.of();
    private Integer retentionDays;
    private RetentionView retention;

    public void load() {
        search();
        retention = guestData.retention();
        retentionDays = retention.days();
    }

    public void search() {
        try {
            changes = trail.changes(from, to, actor, kind, LIMIT);
        } catch (DomainException refused) {
            messages.error(refused);
        }
    }

    public void saveRetention() {
        try {
            retention = guestData.keepGuestDataFor(retentionDays == null ? 0 : retentionDays);
            messages.info("history.retention.saved", retention.days());
        } catch (DomainException refused) {
            messages.error(refused);
        }
    }

    public void runRetention() {
        try {
            retention = guestData.applyRetention();
            messages.info("history.retention.ran", retention.erased().size());
        } catch (DomainException refused) {
            messages.error(refused);
        }
    }

    public List<String> getKinds() {
        return AuditTrailService.KINDS;
    }

    public List<ChangeView> getChanges() {
        return changes;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Integer getRetentionDays() {
        return retentionDays;
    }

    public void setRetentionDays(Integer retentionDays) {
        this.retentionDays = retentionDays;
    }

    public RetentionView getRetention() {
        return retention;
    }
}
