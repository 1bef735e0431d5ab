package org.innkeeper.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.innkeeper.application.NightAuditService;
import org.innkeeper.application.dto.AuditRunRequest;
import org.innkeeper.application.dto.NightAuditView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** The night audit page: the pre-checks to resolve or acknowledge, the run, and what it did. */
@Named
@ViewScoped
public class NightAuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private NightAuditService audit;
    @Inject
    private FacesMessages messages;

    private NightAuditView view;
    private boolean acknowledged;
    @jakarta.validation.constraints.Min(0)
    @jakarta.validation.constraints.Max(23)
    private Integer automaticHour;

    public void load() {
        view = audit.status();
        automaticHour = view.automaticHour();
    }

    public void saveSchedule() {
        try {
            view = audit.scheduleAt(automaticHour);
            messages.info("audit.scheduled");
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public Integer getAutomaticHour() {
        return automaticHour;
    }

    public void setAutomaticHour(Integer automaticHour) {
        this.automaticHour = automaticHour;
    }

    public void run() {
        LocalDate closing = view.businessDate();
        try {
            view = audit.run(new AuditRunRequest(closing, acknowledged));
            messages.info("audit.done", closing, view.businessDate());
            acknowledged = false;
        } catch (DomainException refusal) {
            messages.error(refusal);
            view = audit.status();
        }
    }

    public boolean isWarnings() {
        return view != null && view.checks().stream().anyMatch(c -> c.severity().equals("WARNING"));
    }

    public NightAuditView getView() {
        return view;
    }

    public boolean isAcknowledged() {
        return acknowledged;
    }

    public void setAcknowledged(boolean acknowledged) {
        this.acknowledged = acknowledged;
    }
}
