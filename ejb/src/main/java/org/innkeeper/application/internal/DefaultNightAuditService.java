package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.innkeeper.application.Actor;
import org.innkeeper.application.NightAuditService;
import org.innkeeper.application.dto.AuditRunRequest;
import org.innkeeper.application.dto.NightAuditView;
import org.innkeeper.domain.audit.AuditStep;
import org.innkeeper.domain.audit.NightAuditRepository;
import org.innkeeper.domain.shared.NotFoundException;

/**
 * Runs the night audit step by step, each step in a transaction of its own (see
 * {@link NightAuditSteps}): the run itself holds no transaction, so what a step finished stays
 * finished when a later one fails, and the next run resumes there.
 */
@Stateless
public class DefaultNightAuditService implements NightAuditService {

    private static final Logger LOG = Logger.getLogger(DefaultNightAuditService.class.getName());

    @Inject
    NightAuditSteps steps;
    @Inject
    NightAuditRepository audits;
    @Inject
    Actor actor;

    @Override
    public NightAuditView status() {
        return steps.view();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public NightAuditView run(AuditRunRequest request) {
        LocalDate date = steps.view().businessDate();
        if (request.businessDate() == null || !request.businessDate().equals(date)) {
            throw new org.innkeeper.domain.shared.StateConflictException("audit-date-moved", "businessDate",
                    "the business date is " + date + (request.businessDate() != null && request.businessDate().isBefore(date)
                            ? ": the audit of " + request.businessDate() + " is done" : ", not " + request.businessDate()));
        }
        String by = actor.name();
        LOG.info(() -> "Night audit of " + date + " started by " + by);
        steps.begin(date, by);
        for (AuditStep step : AuditStep.values()) {
            steps.run(date, step, request.acknowledgeWarnings(), by);
        }
        return steps.view();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public NightAuditView scheduleAt(Integer hour) {
        if (!actor.isManager()) {
            throw new org.innkeeper.domain.shared.StateConflictException("manager-only",
                    "only a manager sets when the audit runs by itself");
        }
        steps.scheduleAt(hour);
        LOG.info(() -> "Automatic night audit " + (hour == null ? "off" : "at " + hour + ":00") + ", set by " + actor.name());
        return steps.view();
    }

    @Override
    public NightAuditView.Run audit(LocalDate businessDate) {
        return audits.find(businessDate).map(NightAuditSteps::run).map(f -> f.apply(audits))
                .orElseThrow(() -> new NotFoundException("Night audit", businessDate.toString()));
    }
}
