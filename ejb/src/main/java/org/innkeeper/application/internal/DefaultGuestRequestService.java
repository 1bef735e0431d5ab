package org.innkeeper.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import org.innkeeper.application.Actor;
import org.innkeeper.application.GuestRequestService;
import org.innkeeper.application.dto.GuestLinkView;
import org.innkeeper.application.dto.GuestPageRequest;
import org.innkeeper.application.dto.GuestPageView;
import org.innkeeper.application.dto.GuestRequestForm;
import org.innkeeper.application.dto.GuestRequestView;
import org.innkeeper.application.dto.RequestBoardView;
import org.innkeeper.application.dto.RequestCategoryView;
import org.innkeeper.application.dto.RequestEventView;
import org.innkeeper.application.dto.RequestFiguresView;
import org.innkeeper.application.dto.RequestTargetForm;
import org.innkeeper.application.dto.RequestTargetView;
import org.innkeeper.application.dto.StaffNoticeView;
import org.innkeeper.domain.request.GuestPageLink;
import org.innkeeper.domain.request.GuestRequest;
import org.innkeeper.domain.request.GuestRequestRepository;
import org.innkeeper.domain.request.GuestTier;
import org.innkeeper.domain.request.RequestCategory;
import org.innkeeper.domain.request.RequestDepartment;
import org.innkeeper.domain.request.RequestFigures;
import org.innkeeper.domain.request.RequestPriority;
import org.innkeeper.domain.request.RequestSource;
import org.innkeeper.domain.request.RequestTarget;
import org.innkeeper.domain.request.ResponseTarget;
import org.innkeeper.domain.reservation.ConfirmationNumber;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationRepository;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.NotFoundException;
import org.innkeeper.domain.shared.StateConflictException;

@Stateless
public class DefaultGuestRequestService implements GuestRequestService {

    private static final Logger LOG = Logger.getLogger(DefaultGuestRequestService.class.getName());
    /** The only answer a guest page gives for a token it does not open: nothing to tell guessing from expiry. */
    private static final String GUEST_PAGE = "Guest page";

    @Inject
    GuestRequestRepository requests;
    @Inject
    ReservationRepository reservations;
    @Inject
    HotelCalendar calendar;
    @Inject
    Actor actor;
    @EJB
    RequestEscalation escalation;
    @EJB
    org.innkeeper.application.ComplaintService complaints;

    @Override
    public GuestRequestView log(GuestRequestForm form, RequestSource source) {
        return view(logFor(reservation(form.confirmationNumber(), null), form.category(), form.description(),
                form.priority(), source), calendar.now());
    }

    @Override
    public GuestRequestView logForChannel(String channel, GuestRequestForm form) {
        return view(logFor(reservation(form.confirmationNumber(), channel), form.category(), form.description(),
                form.priority(), RequestSource.CHANNEL), calendar.now());
    }

    private GuestRequest logFor(Reservation stay, String categoryCode, String description, String priority,
                                RequestSource source) {
        RequestCategory category = requests.category(categoryCode)
                .orElseThrow(() -> new InvalidValueException("category", "no such request category"));
        GuestTier tier = GuestTier.of(stay.guest());
        ResponseTarget target = target(category.code(), tier);
        GuestRequest request = new GuestRequest(stay, category, RequestPriority.parse(priority, category.priority()),
                target, description, source, actor.name(), calendar.now());
        requests.store(request);
        LOG.info(() -> "Request " + category.code() + " logged for " + stay.confirmationNumber() + " by " + actor.name());
        return request;
    }

    private ResponseTarget target(String category, GuestTier tier) {
        return requests.target(category, tier).map(RequestTarget::target)
                .orElseThrow(() -> new StateConflictException("no-request-target", "category",
                        "no target is set for " + category + " and " + tier));
    }

    @Override
    public GuestRequestView request(long id) {
        return view(load(id), calendar.now());
    }

    @Override
    public List<GuestRequestView> ofReservation(String confirmationNumber) {
        Instant now = calendar.now();
        return requests.ofReservation(reservation(confirmationNumber, null)).stream().map(r -> view(r, now)).toList();
    }

    @Override
    public GuestRequestView acknowledge(long id) {
        GuestRequest r = load(id);
        r.acknowledge(actor.name(), calendar.now());
        return view(r, calendar.now());
    }

    @Override
    public GuestRequestView start(long id) {
        GuestRequest r = load(id);
        r.start(actor.name(), calendar.now());
        return view(r, calendar.now());
    }

    @Override
    public GuestRequestView resolve(long id, String note) {
        GuestRequest r = load(id);
        r.resolve(note, actor.name(), calendar.now());
        return view(r, calendar.now());
    }

    @Override
    public GuestRequestView reopen(long id, String reason) {
        GuestRequest r = load(id);
        r.reopen(reason, target(r.category().code(), r.tier()), actor.name(), calendar.now());
        return view(r, calendar.now());
    }

    @Override
    public GuestRequestView report(long id, String note) {
        GuestRequest r = load(id);
        r.report(note, actor.name(), calendar.now());
        return view(r, calendar.now());
    }

    @Override
    public RequestBoardView board(String department) {
        RequestDepartment d = department == null || department.isBlank() ? null : RequestDepartment.parse(department);
        Instant now = calendar.now();
        List<GuestRequestView> open = requests.open(d).stream()
                .sorted(Comparator.comparing((GuestRequest r) -> !r.overdue(now))
                        .thenComparing(r -> r.acknowledgedAt() == null ? r.responseDueAt() : r.resolutionDueAt()))
                .map(r -> view(r, now)).toList();
        LocalDate today = calendar.businessDate();
        return new RequestBoardView(d == null ? null : d.name(), now, open.stream().filter(GuestRequestView::overdue).count(),
                open, figures(today, today));
    }

    @Override
    public List<RequestCategoryView> categories() {
        return requests.categories().stream().map(DefaultGuestRequestService::view).toList();
    }

    @Override
    public List<RequestTargetView> targets() {
        java.util.Map<String, RequestCategory> categories = new java.util.HashMap<>();
        requests.categories().forEach(c -> categories.put(c.code(), c));
        return requests.targets().stream().map(t -> view(t, categories.get(t.categoryCode()))).toList();
    }

    @Override
    public RequestTargetView setTarget(RequestTargetForm form) {
        requireManager();
        RequestCategory category = requests.category(form.category())
                .orElseThrow(() -> new InvalidValueException("category", "no such request category"));
        GuestTier tier = GuestTier.parse(form.tier());
        ResponseTarget target = new ResponseTarget(form.responseMinutes(), form.resolutionMinutes());
        RequestTarget stored = requests.target(category.code(), tier)
                .orElseThrow(() -> new NotFoundException("Request target", category.code() + "/" + tier));
        stored.change(target);
        LOG.info(() -> "Target " + category.code() + "/" + tier + " set to " + target + " by " + actor.name());
        return view(stored, category);
    }

    private void requireManager() {
        if (!actor.isManager()) {
            throw new StateConflictException("manager-only", "only a manager sets request targets");
        }
    }

    @Override
    public RequestFiguresView figures(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "the period ends before it starts");
        }
        ZoneId zone = calendar.hotel().timeZone();
        RequestFigures f = RequestFigures.of(requests.loggedBetween(from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant()));
        return new RequestFiguresView(from, to, f.logged(), f.answered(), f.answeredWithinTarget(),
                f.answeredWithinTargetPercent(), f.resolved(), f.resolvedWithinTarget(), f.resolvedWithinTargetPercent(),
                f.medianFirstResponseMinutes(), f.medianResolutionMinutes(), f.escalated());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int escalateOverdue() {
        return escalateAt(calendar.now());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int escalateOverdueAt(Instant at) {
        if (!Boolean.getBoolean("innkeeper.demo")) {
            throw new StateConflictException("demo-only", "escalation at another instant is for the demo and tests");
        }
        requireManager();
        return escalateAt(at);
    }

    private int escalateAt(Instant at) {
        int escalated = 0;
        for (Long id : escalation.candidates(at)) {
            if (escalation.escalate(id, at)) {
                escalated++;
            }
        }
        return escalated;
    }

    @Override
    public List<StaffNoticeView> notices() {
        return requests.notices(actor.name(), 50).stream()
                .map(n -> new StaffNoticeView(n.id(), n.request().id(), n.message(), n.createdAt(), n.readAt() != null))
                .toList();
    }

    @Override
    public void markNoticeRead(long id) {
        requests.notice(id).filter(n -> n.username().equals(actor.name()))
                .orElseThrow(() -> new NotFoundException("Notice", String.valueOf(id)))
                .read(calendar.now());
    }

    @Override
    public GuestLinkView issueGuestLink(String confirmationNumber) {
        Reservation stay = reservation(confirmationNumber, null);
        GuestPageLink.Issued issued = GuestPageLink.issue(stay, calendar.now(), actor.name());
        if (!issued.link().opens(calendar.businessDate())) {
            throw new StateConflictException("stay-over", "the stay is over: a guest page would not open");
        }
        requests.replaceLink(issued.link());
        LOG.info(() -> "Guest page link issued for " + stay.confirmationNumber() + " by " + actor.name());
        return new GuestLinkView(stay.confirmationNumber().value(), issued.token(), "/guest/" + issued.token());
    }

    @Override
    public GuestPageView guestPage(String token) {
        Reservation stay = stayOf(token);
        List<GuestPageView.Line> lines = requests.ofReservation(stay).stream().map(DefaultGuestRequestService::line).toList();
        return new GuestPageView(calendar.hotel().name(), stay.guestName(),
                stay.room() == null ? null : stay.room().number(), stay.stay().arrival(), stay.stay().departure(),
                categories(), lines);
    }

    @Override
    public GuestPageView.Line logByGuest(String token, GuestPageRequest request) {
        Reservation stay = stayOf(token);
        actor.actAs("guest:" + stay.confirmationNumber().value());
        return line(logFor(stay, request.category(), request.description(), null, RequestSource.GUEST_PAGE));
    }

    @Override
    public GuestRequestView logForRoom(String roomNumber, String category, String description, RequestSource source) {
        String number = roomNumber.trim().toUpperCase(java.util.Locale.ROOT);
        Reservation stay = reservations.inHouseIn(number)
                .orElseThrow(() -> new org.innkeeper.domain.shared.InvalidValueException("roomNumber",
                        "nobody is staying in room " + number));
        return view(logFor(stay, category, description, null, source), calendar.now());
    }

    @Override
    public String complainByGuest(String token, org.innkeeper.application.dto.GuestPageComplaint complaint) {
        Reservation stay = stayOf(token);
        actor.actAs("guest:" + stay.confirmationNumber().value());
        return complaints.register(new org.innkeeper.application.dto.ComplaintRequest(stay.confirmationNumber().value(),
                null, null, complaint.category(), "MEDIUM", "GUEST_PAGE", complaint.guestWords())).reference();
    }

    /** The stay a token opens; any token that opens nothing is the same "not found". */
    private Reservation stayOf(String token) {
        if (!GuestPageLink.wellFormed(token)) {
            throw new NotFoundException(GUEST_PAGE, "malformed");
        }
        return requests.link(GuestPageLink.hash(token))
                .filter(link -> link.opens(calendar.businessDate()))
                .map(GuestPageLink::reservation)
                .orElseThrow(() -> new NotFoundException(GUEST_PAGE, "unknown or expired"));
    }

    private GuestRequest load(long id) {
        return requests.find(id).orElseThrow(() -> new NotFoundException("Request", String.valueOf(id)));
    }

    /** A channel asking about another channel's reservation is told it does not exist. */
    private Reservation reservation(String confirmationNumber, String viewerChannel) {
        ConfirmationNumber number = ConfirmationNumber.parse(confirmationNumber);
        return reservations.find(number).filter(r -> viewerChannel == null || r.isVisibleTo(viewerChannel))
                .orElseThrow(() -> new NotFoundException("Reservation", number.value()));
    }

    static GuestRequestView view(GuestRequest r, Instant now) {
        Instant end = r.resolvedAt() == null ? now : r.resolvedAt();
        return new GuestRequestView(r.id(), r.reservation().confirmationNumber().value(), r.reservation().guestName(),
                r.roomNumber(), r.category().code(), r.category().name(), r.department().name(), r.priority().name(),
                r.tier().name(), r.description(), r.status().name(), r.source().name(), r.loggedAt(), r.loggedBy(),
                r.responseDueAt(), r.resolutionDueAt(), r.acknowledgedAt(), r.resolvedAt(), r.escalationLevel(),
                r.escalatedTo(), r.overdue(now), Math.max(0, Duration.between(r.loggedAt(), end).toMinutes()),
                r.history().stream().map(e -> new RequestEventView(e.kind().name(),
                        e.fromStatus() == null ? null : e.fromStatus().name(), e.toStatus().name(), e.at(), e.by(),
                        e.note())).toList());
    }

    private static GuestPageView.Line line(GuestRequest r) {
        return new GuestPageView.Line(r.id(), r.category().name(), r.description(), r.status().name(), r.loggedAt());
    }

    private static RequestCategoryView view(RequestCategory c) {
        return new RequestCategoryView(c.code(), c.name(), c.department().name(), c.priority().name());
    }

    private static RequestTargetView view(RequestTarget t, RequestCategory c) {
        return new RequestTargetView(t.categoryCode(), c == null ? t.categoryCode() : c.name(),
                c == null ? null : c.department().name(), t.tier().name(), t.target().responseMinutes(),
                t.target().resolutionMinutes());
    }
}
