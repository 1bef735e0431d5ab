package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.innkeeper.application.Actor;
import org.innkeeper.application.ComplaintService;
import org.innkeeper.application.dto.ComplaintRequest;
import org.innkeeper.application.dto.ComplaintView;
import org.innkeeper.application.dto.CompensationRequest;
import org.innkeeper.application.dto.FollowUpRequest;
import org.innkeeper.application.dto.ReasonRequest;
import org.innkeeper.application.dto.ResolutionRequest;
import org.innkeeper.application.dto.StandardResolutionView;
import org.innkeeper.domain.complaint.Complaint;
import org.innkeeper.domain.complaint.ComplaintCategory;
import org.innkeeper.domain.complaint.ComplaintRepository;
import org.innkeeper.domain.complaint.ComplaintSource;
import org.innkeeper.domain.complaint.Severity;
import org.innkeeper.domain.complaint.StandardResolution;
import org.innkeeper.domain.folio.Article;
import org.innkeeper.domain.folio.Folio;
import org.innkeeper.domain.folio.FolioRepository;
import org.innkeeper.domain.folio.Posting;
import org.innkeeper.domain.folio.Stamp;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationRepository;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.NotFoundException;
import org.innkeeper.domain.shared.StateConflictException;

@Stateless
@Interceptors(ConcurrentChanges.class)
public class DefaultComplaintService implements ComplaintService {

    private static final Logger LOG = Logger.getLogger(DefaultComplaintService.class.getName());

    @Inject
    ComplaintRepository complaints;
    @Inject
    ComplaintIntake intake;
    @Inject
    ReservationRepository reservations;
    @Inject
    FolioRepository folios;
    @Inject
    Accounts accounts;
    @Inject
    HotelCalendar calendar;
    @Inject
    Actor actor;

    @Override
    public ComplaintView register(ComplaintRequest request) {
        ComplaintSource source = request.source() == null || request.source().isBlank() ? ComplaintSource.DESK
                : ComplaintSource.parse(request.source());
        if (source == ComplaintSource.SURVEY) {
            throw new InvalidValueException("source", "a survey's complaint is opened by the survey itself");
        }
        Complaint.Intake what = new Complaint.Intake(null, null, null, request.guestName(), request.roomNumber(),
                ComplaintCategory.parse(request.category()), Severity.parse(request.severity()), source,
                request.guestWords());
        if (request.confirmationNumber() != null && !request.confirmationNumber().isBlank()) {
            what = ComplaintIntake.about(reservations.get(request.confirmationNumber()), request.roomNumber(), what);
        } else if (request.guestName() == null || request.guestName().isBlank()) {
            throw new InvalidValueException("confirmationNumber", "name the stay, or the guest when there is none");
        }
        Instant now = calendar.now();
        Complaint c = intake.take(what, actor.name(), now);
        LOG.info(() -> "Complaint " + c.reference() + " taken by " + actor.name());
        return intake.view(c, now);
    }

    @Override
    public ComplaintView complaint(String reference) {
        return intake.view(find(reference), calendar.now());
    }

    @Override
    public List<ComplaintView> complaints(String status, int limit) {
        return intake.views(complaints.latest(ComplaintIntake.status(status), limit), calendar.now());
    }

    @Override
    public List<ComplaintView> ofGuest(long guestId) {
        return intake.views(complaints.ofGuest(guestId), calendar.now());
    }

    @Override
    public List<ComplaintView> forStay(String confirmationNumber) {
        Reservation r = reservations.get(confirmationNumber);
        Map<Long, Complaint> all = new LinkedHashMap<>();
        complaints.ofReservation(r.id()).forEach(c -> all.put(c.id(), c));
        if (r.guest() != null) {
            complaints.ofGuest(r.guest().id()).forEach(c -> all.put(c.id(), c));
        }
        List<Complaint> list = new ArrayList<>(all.values());
        list.sort(Comparator.comparing(Complaint::takenAt).reversed());
        return intake.views(list, calendar.now());
    }

    @Override
    public ComplaintView resolve(String reference, ResolutionRequest request) {
        Complaint c = findForUpdate(reference);
        Instant now = calendar.now();
        c.resolve(request.actionTaken(), request.guestAccepted(), request.mistakeAdmitted(), actor.name(), now);
        LOG.info(() -> "Complaint " + c.reference() + " resolved by " + actor.name());
        return intake.view(c, now);
    }

    @Override
    public ComplaintView compensate(String reference, CompensationRequest request) {
        Complaint c = findForUpdate(reference);
        if (c.reservationId() == null) {
            throw new StateConflictException("no-stay", "complaint " + c.reference()
                    + " is about no stay: there is no folio to compensate on");
        }
        Reservation r = reservations.getForUpdate(reservations.findAll(List.of(c.reservationId())).get(0)
                .confirmationNumber().value());
        Folio folio = accounts.of(r);
        Today today = calendar.today();
        Stamp stamp = new Stamp(today.businessDate(), today.instant(), actor.name());
        String kind = request.kind().strip().toUpperCase(java.util.Locale.ROOT);
        Posting posted;
        String what;
        if (CompensationRequest.DISCOUNT.equals(kind)) {
            if (request.amount() == null) {
                throw new InvalidValueException("amount", "a discount needs its amount");
            }
            Article article = accounts.article(request.article() == null || request.article().isBlank() ? Article.ROOM
                    : request.article().strip().toUpperCase(java.util.Locale.ROOT));
            // the room is sold at the hotel's VAT; any other article at its own
            java.math.BigDecimal vat = article.systemArticle() ? today.hotel().taxes().vatPercent() : article.vatPercent();
            posted = folio.compensate(article, Money.of(request.amount(), folio.currency()), vat, c.id(), c.reference(),
                    request.reason(), stamp);
            what = "discount of " + posted.amount().negated() + " on " + article.name();
        } else if (CompensationRequest.FREE_SERVICE.equals(kind)) {
            if (request.postingId() == null) {
                throw new InvalidValueException("postingId", "name the charge given free");
            }
            posted = folio.giveFree(request.postingId(), c.id(), c.reference(), request.reason(), actor.isManager(),
                    stamp);
            what = "free: " + posted.description().replaceFirst("^Reversed: ", "");
        } else {
            throw new InvalidValueException("kind", "DISCOUNT or FREE_SERVICE");
        }
        c.compensated(what, posted.amount().negated().amount(), actor.name(), today.instant());
        folios.store(folio);
        LOG.info(() -> "Complaint " + c.reference() + " compensated on " + r.confirmationNumber() + " by " + actor.name());
        return intake.view(c, today.instant());
    }

    @Override
    public ComplaintView followUp(String reference, FollowUpRequest request) {
        Complaint c = findForUpdate(reference);
        Instant now = calendar.now();
        c.followUp(request.note(), actor.name(), now);
        return intake.view(c, now);
    }

    @Override
    public ComplaintView reopen(String reference, ReasonRequest request) {
        Complaint c = findForUpdate(reference);
        Instant now = calendar.now();
        c.reopen(request.reason(), complaints.standard(c.category()), actor.name(), now);
        return intake.view(c, now);
    }

    @Override
    public List<ComplaintView> followUpsDue() {
        Instant now = calendar.now();
        return intake.views(complaints.followUpsDue(now), now);
    }

    @Override
    public List<ComplaintView> repeats() {
        return intake.views(complaints.repeats(200), calendar.now());
    }

    @Override
    public List<StandardResolutionView> standards() {
        return complaints.standards().stream().map(DefaultComplaintService::view).toList();
    }

    @Override
    public StandardResolutionView changeStandard(String category, StandardResolutionView change) {
        StandardResolution s = complaints.standard(ComplaintCategory.parse(category));
        s.change(change.steps(), change.targetMinutes());
        LOG.info(() -> "Standard resolution of " + s.category() + " changed by " + actor.name());
        return view(s);
    }

    private static StandardResolutionView view(StandardResolution s) {
        return new StandardResolutionView(s.category().name(), s.steps(), s.targetMinutes());
    }

    private Complaint find(String reference) {
        Long id = Complaint.idOf(reference);
        return (id == null ? java.util.Optional.<Complaint>empty() : complaints.find(id))
                .orElseThrow(() -> new NotFoundException("Complaint", reference));
    }

    private Complaint findForUpdate(String reference) {
        Long id = Complaint.idOf(reference);
        return (id == null ? java.util.Optional.<Complaint>empty() : complaints.findForUpdate(id))
                .orElseThrow(() -> new NotFoundException("Complaint", reference));
    }
}
