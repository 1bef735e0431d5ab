package org.innkeeper.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.innkeeper.application.AccessService;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.application.dto.GuestPageRequest;
import org.innkeeper.application.dto.GuestPageView;
import org.innkeeper.application.dto.GuestProfileRequest;
import org.innkeeper.application.dto.GuestRequestForm;
import org.innkeeper.application.dto.GuestRequestView;
import org.innkeeper.application.dto.RequestFiguresView;
import org.innkeeper.application.dto.RequestTargetForm;
import org.innkeeper.application.dto.RequestTargetView;
import org.innkeeper.application.dto.StaffNoticeView;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RatePolicies;
import org.innkeeper.domain.rate.RoomRate;
import org.innkeeper.domain.request.EscalationContact;
import org.innkeeper.domain.request.RequestDepartment;
import org.innkeeper.domain.request.RequestSource;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.NotFoundException;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.infrastructure.persistence.Repositories;
import org.innkeeper.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Guest requests through the services on H2 and PostgreSQL: targets by tier from the seeded defaults,
 * the states with their history, escalation as the clock moves (no sleeping) and exactly once when
 * timers race, the figures, channels kept to their own stays, and the guest page's private link.
 */
class GuestRequestServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 5, 10);
    private static final Instant NOW = Instant.parse("2027-05-10T10:00:00Z");

    private TestDatabase db;
    private final MovableClock clock = new MovableClock(NOW);

    private void open(TestDatabase.Kind kind) {
        assumeTrue(kind == TestDatabase.Kind.H2 || TestDatabase.postgresqlAvailable(),
                "PostgreSQL is not running on 127.0.0.1:5432");
        db = TestDatabase.of(kind);
        db.inTransaction(em -> {
            em.persist(new Hotel("Riverside Test Hotel", "EUR", ZoneOffset.UTC, TODAY));
            RoomType std = new RoomType("STD", "Standard Double", 2, 0);
            em.persist(std);
            RatePlan bar = new RatePlan("BAR", "Best Available Rate", null, 0, RatePolicies.flexible(24));
            em.persist(bar);
            for (LocalDate n = TODAY; n.isBefore(TODAY.plusDays(10)); n = n.plusDays(1)) {
                em.persist(new RoomRate(bar, std, n, Money.of("100", "EUR")));
            }
            Repositories.bind(em).inventory().open(std, TODAY, TODAY.plusDays(10), 10);
            var requests = Repositories.bind(em).guestRequests();
            requests.setEscalationContact(RequestDepartment.HOUSEKEEPING, 1,
                    new EscalationContact("hk.supervisor", "hk.supervisor@riverside.example"));
            requests.setEscalationContact(RequestDepartment.HOUSEKEEPING, 2,
                    new EscalationContact("duty.manager", "duty.manager@riverside.example"));
            return null;
        });
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private <T> T tx(Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(Services.bind(em, clock, db)));
    }

    private <T> T as(String who, Function<Services, T> work) {
        return tx(s -> {
            s.actor.actAs(who, Set.of(AccessService.ROLE_FRONT_DESK));
            return work.apply(s);
        });
    }

    private String book(String lastName, String channel) {
        return tx(s -> s.reservations().book(new BookingRequest("STD", "BAR", TODAY, TODAY.plusDays(2), 2, 0,
                new GuestDetails("Ada", lastName, lastName.toLowerCase() + "@example.com", null), null, null, null, null),
                channel).confirmationNumber());
    }

    private String bookVip(String lastName) {
        String cn = book(lastName, "DESK");
        tx(s -> s.guests().update(s.guests().profileOf(cn).id(), new GuestProfileRequest(null, null, null, 2, null,
                null, null, null, null, null, null, null)));
        return cn;
    }

    private GuestRequestView log(String cn, String category, String text) {
        return as("clerk", s -> s.guestRequests().log(new GuestRequestForm(cn, category, text, null), RequestSource.DESK));
    }

    private void at(int minutes) {
        clock.set(NOW.plus(Duration.ofMinutes(minutes)));
    }

    private int escalate() {
        return db.inTransaction(em -> Services.bind(em, clock, db)).guestRequests().escalateOverdue();
    }

    private List<StaffNoticeView> notices(String who) {
        return as(who, s -> s.guestRequests().notices());
    }

    private long count(String jpql) {
        return db.total(jpql);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aVipsRequestHasTheTighterSeededTargetAndGoesToItsCategorysDepartment(TestDatabase.Kind kind) {
        open(kind);
        GuestRequestView vip = log(bookVip("Vip"), "TOWELS", "Two more towels");
        GuestRequestView other = log(book("Plain", "DESK"), "REPAIR", "The tap drips");
        assertThat(vip.tier()).isEqualTo("VIP");
        assertThat(vip.department()).isEqualTo("HOUSEKEEPING");
        assertThat(vip.responseDueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(vip.resolutionDueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(vip.loggedBy()).isEqualTo("clerk");
        assertThat(vip.source()).isEqualTo("DESK");
        assertThat(other.tier()).isEqualTo("STANDARD");
        assertThat(other.department()).isEqualTo("MAINTENANCE");
        assertThat(other.priority()).isEqualTo("HIGH");
        assertThat(other.responseDueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        List<RequestTargetView> targets = tx(s -> s.guestRequests().targets());
        assertThat(targets).hasSize(8 * 3);
        assertThatThrownBy(() -> log(book("Third", "DESK"), "PONY", "A pony")).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void onlyManagersChangeTargetsAndNewRequestsTakeThem(TestDatabase.Kind kind) {
        open(kind);
        RequestTargetForm faster = new RequestTargetForm("TAXI", "STANDARD", 3, 10);
        assertThatThrownBy(() -> as("clerk", s -> s.guestRequests().setTarget(faster)))
                .isInstanceOf(StateConflictException.class);
        tx(s -> {
            s.actor.actAs("boss", Set.of(AccessService.ROLE_MANAGER));
            return s.guestRequests().setTarget(faster);
        });
        assertThatThrownBy(() -> tx(s -> {
            s.actor.actAs("boss", Set.of(AccessService.ROLE_MANAGER));
            return s.guestRequests().setTarget(new RequestTargetForm("TAXI", "STANDARD", 20, 10));
        })).isInstanceOf(InvalidValueException.class);
        GuestRequestView taxi = log(book("Cab", "DESK"), "TAXI", "A taxi to the airport at 6");
        assertThat(taxi.responseDueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(3)));
        assertThat(taxi.resolutionDueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void everyTransitionIsKeptWithWhoAndWhenAndIllegalOnesAreRefused(TestDatabase.Kind kind) {
        open(kind);
        long id = log(book("Cycle", "DESK"), "TOWELS", "Towels").id();
        at(2);
        as("maria", s -> s.guestRequests().acknowledge(id));
        at(3);
        as("maria", s -> s.guestRequests().start(id));
        assertThatThrownBy(() -> as("maria", s -> s.guestRequests().acknowledge(id)))
                .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("request-transition");
        at(9);
        as("maria", s -> s.guestRequests().resolve(id, "Brought two"));
        at(12);
        as("clerk", s -> s.guestRequests().reopen(id, "Guest says only one came"));
        GuestRequestView view = tx(s -> s.guestRequests().request(id));
        assertThat(view.status()).isEqualTo("REOPENED");
        assertThat(view.history()).extracting(e -> e.kind() + " " + e.by() + " " + e.at())
                .containsExactly("LOGGED clerk " + NOW, "ACKNOWLEDGED maria " + NOW.plusSeconds(120),
                        "STARTED maria " + NOW.plusSeconds(180), "RESOLVED maria " + NOW.plusSeconds(540),
                        "REOPENED clerk " + NOW.plusSeconds(720));
        assertThat(view.history().get(3).note()).isEqualTo("Brought two");
        assertThat(count("select count(e) from RequestEvent e")).isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anOverdueRequestEscalatesToTheSupervisorThenTheDutyManagerWhoReportsBack(TestDatabase.Kind kind) {
        open(kind);
        long id = log(bookVip("Late"), "TOWELS", "Towels, please").id();
        at(4);
        assertThat(escalate()).isZero();
        at(5);
        assertThat(escalate()).isEqualTo(1);
        assertThat(escalate()).as("once per level").isZero();
        GuestRequestView first = tx(s -> s.guestRequests().request(id));
        assertThat(first.escalationLevel()).isEqualTo(1);
        assertThat(first.escalatedTo()).isEqualTo("hk.supervisor");
        assertThat(first.overdue()).isTrue();
        assertThat(notices("hk.supervisor")).singleElement()
                .satisfies(n -> assertThat(n.message()).contains("#" + id).contains("supervisor"));
        assertThat(tx(s -> s.mail().outbox(null, 10)).messages()).filteredOn(m -> m.kind().equals("REQUEST_ESCALATION"))
                .singleElement().satisfies(m -> {
            assertThat(m.recipient()).isEqualTo("hk.supervisor@riverside.example");
            assertThat(m.subject()).contains("#" + id);
        });
        at(6);
        as("hk.supervisor", s -> s.guestRequests().acknowledge(id));
        at(30);
        assertThat(escalate()).isEqualTo(1);
        GuestRequestView second = as("duty.manager", s -> s.guestRequests().report(id, "Called the guest, towels on the way"));
        assertThat(second.escalationLevel()).isEqualTo(2);
        assertThat(second.escalatedTo()).isEqualTo("duty.manager");
        assertThat(second.history()).extracting(e -> e.kind()).containsExactly("LOGGED", "ESCALATED", "ACKNOWLEDGED",
                "ESCALATED", "REPORT");
        assertThat(second.history().get(4).by()).isEqualTo("duty.manager");
        assertThat(notices("duty.manager")).hasSize(1);
        at(120);
        assertThat(escalate()).as("nobody above the duty manager").isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void housekeepingLogsARequestByTheRoomOfTheGuestInIt(TestDatabase.Kind kind) {
        open(kind);
        db.inTransaction(em -> {
            RoomType std = em.createQuery("select t from RoomType t", RoomType.class).getSingleResult();
            em.persist(new org.innkeeper.domain.room.Room("101", 1, std));
            em.persist(new org.innkeeper.domain.room.Room("102", 1, std));
            return null;
        });
        String earlier = book("Left", "DESK");
        String cn = book("Roomy", "DESK");
        tx(s -> s.arrival().checkIn(earlier, new org.innkeeper.application.dto.CheckInRequest("102", "PASSPORT", "P1111111")));
        tx(s -> s.arrival().checkIn(cn, new org.innkeeper.application.dto.CheckInRequest("101", "PASSPORT", "P2222222")));

        GuestRequestView logged = as("hanna", s -> s.guestRequests().logForRoom(" 101 ", "TOWELS", "Towels for 101",
                RequestSource.HOUSEKEEPING));
        assertThat(logged.confirmationNumber()).isEqualTo(cn);
        assertThat(logged.roomNumber()).isEqualTo("101");
        assertThatThrownBy(() -> as("hanna", s -> s.guestRequests().logForRoom("103", "TOWELS", "Towels",
                RequestSource.HOUSEKEEPING))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("nobody is staying in room 103");
        assertThat(count("select count(r) from GuestRequest r")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aResolvedRequestNeverEscalatesAndAnUnstaffedLevelIsStillRecorded(TestDatabase.Kind kind) {
        open(kind);
        long resolved = log(book("Quick", "DESK"), "TOWELS", "Towels").id();
        long taxi = log(book("Cab", "DESK"), "TAXI", "A taxi").id();
        at(1);
        as("maria", s -> s.guestRequests().resolve(resolved, null));
        at(16);
        assertThat(escalate()).isEqualTo(1);
        GuestRequestView view = tx(s -> s.guestRequests().request(taxi));
        assertThat(view.escalatedTo()).as("no concierge supervisor named: the role").isEqualTo("supervisor");
        assertThat(count("select count(n) from StaffNotice n")).isZero();
        assertThat(tx(s -> s.guestRequests().request(resolved)).escalationLevel()).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void racingTimersEscalateEachRequestExactlyOnce(TestDatabase.Kind kind) throws Exception {
        open(kind);
        String cn = bookVip("Race");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(log(cn, "TOWELS", "Towels " + i).id());
        }
        at(6);
        AtomicInteger won = new AtomicInteger();
        List<Callable<Void>> timers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            timers.add(() -> {
                won.addAndGet(escalate());
                return null;
            });
        }
        for (int t = 0; t < 4; t++) {
            timers.add(() -> {
                if (db.inTransaction(em -> Services.bind(em, clock, db)).guestRequests().escalation.escalate(ids.get(0),
                        clock.instant())) {
                    won.incrementAndGet();
                }
                return null;
            });
        }
        assertThat(RealThreads.race(timers)).isEmpty();
        assertThat(won.get()).isEqualTo(10);
        assertThat(count("select count(e) from RequestEvent e where e.kind = 'ESCALATED'")).isEqualTo(10);
        assertThat(count("select count(n) from StaffNotice n")).isEqualTo(10);
        assertThat(count("select count(m) from OutboxMessage m where m.kind = org.innkeeper.domain.mail.MailKind.REQUEST_ESCALATION")).isEqualTo(10);
        assertThat(count("select count(r) from GuestRequest r where r.escalationLevel = 1")).isEqualTo(10);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void figuresCountTheShareWithinTargetAndTheMedians(TestDatabase.Kind kind) {
        open(kind);
        String cn = book("Figures", "DESK");
        long a = log(cn, "TOWELS", "a").id();
        long b = log(cn, "TOWELS", "b").id();
        log(cn, "TOWELS", "c");
        at(4);
        as("maria", s -> s.guestRequests().acknowledge(a));
        at(20);
        as("maria", s -> s.guestRequests().resolve(b, null));
        at(25);
        as("maria", s -> s.guestRequests().resolve(a, null));
        at(26);
        escalate();
        RequestFiguresView f = tx(s -> s.guestRequests().figures(TODAY, TODAY));
        assertThat(f.logged()).isEqualTo(3);
        assertThat(f.answered()).isEqualTo(2);
        assertThat(f.answeredWithinTarget()).isEqualTo(1);
        assertThat(f.answeredWithinTargetPercent()).isEqualByComparingTo("50.0");
        assertThat(f.medianFirstResponseMinutes()).isEqualTo(12.0);
        assertThat(f.resolvedWithinTargetPercent()).isEqualByComparingTo("100.0");
        assertThat(f.medianResolutionMinutes()).isEqualTo(22.5);
        assertThat(f.escalated()).as("b was answered late but is resolved: not escalated").isEqualTo(1);
        assertThat(tx(s -> s.guestRequests().figures(TODAY.plusDays(1), TODAY.plusDays(2))).logged()).isZero();
        var board = tx(s -> s.guestRequests().board("HOUSEKEEPING"));
        assertThat(board.requests()).singleElement().satisfies(r -> assertThat(r.description()).isEqualTo("c"));
        assertThat(board.overdue()).isEqualTo(1);
        assertThat(board.figures().logged()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theBoardShowsOverdueFirstAndHostileTextAsTyped(TestDatabase.Kind kind) {
        open(kind);
        String cn = book("Board", "DESK");
        log(cn, "TOWELS", "later");
        at(10);
        log(cn, "TOWELS", "<script>alert('x')</script>");
        at(16);
        var board = tx(s -> s.guestRequests().board(null));
        assertThat(board.requests()).extracting(GuestRequestView::description)
                .containsExactly("later", "<script>alert('x')</script>");
        assertThat(board.requests()).extracting(GuestRequestView::overdue).containsExactly(true, false);
        assertThat(board.requests().get(0).minutesOpen()).isEqualTo(16);
        assertThat(tx(s -> s.guestRequests().board("MAINTENANCE")).requests()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aChannelLogsRequestsForItsOwnReservationsOnly(TestDatabase.Kind kind) {
        open(kind);
        String own = book("Own", "DEMO");
        String others = book("Other", "OTA2");
        GuestRequestView logged = tx(s -> {
            s.actor.actAs("channel:DEMO");
            return s.guestRequests().logForChannel("DEMO", new GuestRequestForm(own, "LATE_CHECKOUT", "Until 2 pm", null));
        });
        assertThat(logged.source()).isEqualTo("CHANNEL");
        assertThat(logged.loggedBy()).isEqualTo("channel:DEMO");
        assertThatThrownBy(() -> tx(s -> s.guestRequests().logForChannel("DEMO",
                new GuestRequestForm(others, "LATE_CHECKOUT", "Until 2 pm", null)))).isInstanceOf(NotFoundException.class);
        assertThat(count("select count(r) from GuestRequest r")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theGuestPageOpensOnlyItsOwnStayAndNothingElse(TestDatabase.Kind kind) {
        open(kind);
        String mine = bookVip("Mine");
        String theirs = book("Theirs", "DESK");
        String token = as("clerk", s -> s.guestRequests().issueGuestLink(mine)).token();
        String otherToken = as("clerk", s -> s.guestRequests().issueGuestLink(theirs)).token();
        log(theirs, "NOISE", "Their own request");

        var line = tx(s -> s.guestRequests().logByGuest(token, new GuestPageRequest("TOWELS", "<b>towels</b>")));
        assertThat(line.description()).isEqualTo("<b>towels</b>");
        GuestRequestView filed = tx(s -> s.guestRequests().request(line.id()));
        assertThat(filed.confirmationNumber()).isEqualTo(mine);
        assertThat(filed.source()).isEqualTo("GUEST_PAGE");
        assertThat(filed.tier()).isEqualTo("VIP");
        assertThat(filed.loggedBy()).isEqualTo("guest:" + mine);

        var page = tx(s -> s.guestRequests().guestPage(token));
        assertThat(page.guestName()).contains("Mine");
        assertThat(page.requests()).extracting(GuestPageView.Line::description).containsExactly("<b>towels</b>");
        assertThat(tx(s -> s.guestRequests().guestPage(otherToken)).requests())
                .extracting(GuestPageView.Line::description).containsExactly("Their own request");

        // guessing: random tokens, one character changed, malformed, path tricks
        SecureRandom random = new SecureRandom();
        List<String> guesses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            byte[] b = new byte[32];
            random.nextBytes(b);
            guesses.add(Base64.getUrlEncoder().withoutPadding().encodeToString(b));
        }
        char last = token.charAt(42);
        guesses.add(token.substring(0, 42) + (last == 'A' ? 'B' : 'A'));
        guesses.addAll(java.util.Arrays.asList("", "x", token.toUpperCase(), token + "=", "../" + token, null,
                mine, org.innkeeper.domain.request.GuestPageLink.hash(token)));
        for (String guess : guesses) {
            if (guess != null && guess.equals(token)) {
                continue;
            }
            assertThatThrownBy(() -> tx(s -> s.guestRequests().guestPage(guess))).as(guess)
                    .isInstanceOf(NotFoundException.class).hasMessage("Guest page was not found");
            assertThatThrownBy(() -> tx(s -> s.guestRequests().logByGuest(guess, new GuestPageRequest("TOWELS", "x"))))
                    .isInstanceOf(NotFoundException.class);
        }

        // a new link for the stay: the old one stops working
        String renewed = as("clerk", s -> s.guestRequests().issueGuestLink(mine)).token();
        assertThatThrownBy(() -> tx(s -> s.guestRequests().guestPage(token))).isInstanceOf(NotFoundException.class);
        assertThat(tx(s -> s.guestRequests().guestPage(renewed)).requests()).hasSize(1);
        assertThat(count("select count(r) from GuestRequest r")).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theGuestPageIsRefusedAfterDepartureAndForACancelledStay(TestDatabase.Kind kind) {
        open(kind);
        String staying = book("Staying", "DESK");
        String cancelled = book("Cancelled", "DESK");
        String token = as("clerk", s -> s.guestRequests().issueGuestLink(staying)).token();
        String cancelledToken = as("clerk", s -> s.guestRequests().issueGuestLink(cancelled)).token();
        tx(s -> s.reservations().cancel(cancelled, null));
        assertThatThrownBy(() -> tx(s -> s.guestRequests().guestPage(cancelledToken))).isInstanceOf(NotFoundException.class);

        Services.businessDay(db, TODAY.plusDays(2));
        assertThat(tx(s -> s.guestRequests().guestPage(token)).departure()).as("the departure day").isEqualTo(TODAY.plusDays(2));
        Services.businessDay(db, TODAY.plusDays(3));
        assertThatThrownBy(() -> tx(s -> s.guestRequests().guestPage(token))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tx(s -> s.guestRequests().logByGuest(token, new GuestPageRequest("TOWELS", "x"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("clerk", s -> s.guestRequests().issueGuestLink(staying)))
                .isInstanceOf(StateConflictException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void escalationAtAnotherInstantIsOnlyForTheDemo(TestDatabase.Kind kind) {
        open(kind);
        System.clearProperty("innkeeper.demo");
        assertThatThrownBy(() -> tx(s -> {
            s.actor.actAs("boss", Set.of(AccessService.ROLE_MANAGER));
            return s.guestRequests();
        }).escalateOverdueAt(NOW)).isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("demo-only");
    }
}
