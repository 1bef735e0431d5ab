package org.innkeeper.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.guest.LoyaltyTier;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.reservation.ConfirmationNumber;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.domain.shared.StayPeriod;
import org.junit.jupiter.api.Test;

/** A guest request's states, its targets as numbers, when it escalates, and the figures' formulas. */
class GuestRequestTest {

    private static final Instant LOGGED = Instant.parse("2027-05-10T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2027, 5, 10);
    private static final RequestCategory TOWELS = new RequestCategory("TOWELS", "Towels", RequestDepartment.HOUSEKEEPING,
            RequestPriority.NORMAL);
    private static final ResponseTarget FIVE_THEN_THIRTY = new ResponseTarget(5, 30);

    private static Reservation stayOf(Guest guest) {
        return Reservation.confirm(ConfirmationNumber.next(), guest, new RoomType("STD", "Standard", 2, 0),
                new RatePlan("BAR", "BAR", null, 0), new StayPeriod(DAY, DAY.plusDays(1)), 1,
                Map.of(DAY, Money.of("100", "EUR")), "DEMO", null, LOGGED);
    }

    private static GuestRequest towels() {
        return new GuestRequest(stayOf(new Guest("Ada", "Lovelace", null, null, LOGGED)), TOWELS, null, FIVE_THEN_THIRTY,
                "Two more bath towels, please", RequestSource.DESK, "clerk", LOGGED);
    }

    private static Instant plus(int minutes) {
        return LOGGED.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void aNewRequestIsOpenWithItsDeadlinesFromTheTargetAndItsLoggingInTheHistory() {
        GuestRequest r = towels();
        assertThat(r.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(r.department()).isEqualTo(RequestDepartment.HOUSEKEEPING);
        assertThat(r.priority()).isEqualTo(RequestPriority.NORMAL);
        assertThat(r.tier()).isEqualTo(GuestTier.STANDARD);
        assertThat(r.responseDueAt()).isEqualTo(plus(5));
        assertThat(r.resolutionDueAt()).isEqualTo(plus(30));
        assertThat(r.history()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(RequestEvent.Kind.LOGGED);
            assertThat(e.by()).isEqualTo("clerk");
            assertThat(e.at()).isEqualTo(LOGGED);
        });
    }

    @Test
    void theWholeCycleIsKeptWithWhoAndWhen() {
        GuestRequest r = towels();
        r.acknowledge("maria", plus(2));
        r.start("maria", plus(3));
        r.resolve("Brought two towels", "maria", plus(10));
        r.reopen("Only one arrived", FIVE_THEN_THIRTY, "clerk", plus(20));
        r.resolve(null, "maria", plus(25));
        assertThat(r.history()).extracting(RequestEvent::kind).containsExactly(RequestEvent.Kind.LOGGED,
                RequestEvent.Kind.ACKNOWLEDGED, RequestEvent.Kind.STARTED, RequestEvent.Kind.RESOLVED,
                RequestEvent.Kind.REOPENED, RequestEvent.Kind.RESOLVED);
        assertThat(r.history()).extracting(RequestEvent::by).containsExactly("clerk", "maria", "maria", "maria", "clerk", "maria");
        assertThat(r.history().get(4).note()).isEqualTo("Only one arrived");
        assertThat(r.acknowledgedAt()).isEqualTo(plus(2));
        assertThat(r.resolvedAt()).isEqualTo(plus(25));
    }

    @Test
    void illegalTransitionsAreRefused() {
        GuestRequest r = towels();
        assertThatThrownBy(() -> r.reopen("why", FIVE_THEN_THIRTY, "clerk", plus(1)))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("open cannot become reopened");
        r.start("maria", plus(1));
        assertThatThrownBy(() -> r.acknowledge("maria", plus(2))).isInstanceOf(StateConflictException.class);
        r.resolve("done", "maria", plus(3));
        assertThatThrownBy(() -> r.resolve("again", "maria", plus(4))).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> r.start("maria", plus(4))).isInstanceOf(StateConflictException.class);
        assertThat(r.history()).hasSize(3);
        for (RequestStatus from : RequestStatus.values()) {
            assertThat(from.canMoveTo(RequestStatus.OPEN)).as("nothing goes back to open").isFalse();
        }
    }

    @Test
    void reopeningAndReportingNeedAReason() {
        GuestRequest r = towels();
        r.resolve(null, "maria", plus(3));
        assertThatThrownBy(() -> r.reopen(" ", FIVE_THEN_THIRTY, "clerk", plus(4))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> r.report(null, "boss", plus(4))).isInstanceOf(InvalidValueException.class);
        r.report("Spoke to the guest, all fine", "boss", plus(5));
        assertThat(r.history().get(2).kind()).isEqualTo(RequestEvent.Kind.REPORT);
        assertThat(r.status()).isEqualTo(RequestStatus.RESOLVED);
    }

    @Test
    void reopeningRestartsTheResolutionClock() {
        GuestRequest r = towels();
        r.resolve(null, "maria", plus(3));
        r.reopen("Still missing", FIVE_THEN_THIRTY, "clerk", plus(100));
        assertThat(r.resolutionDueAt()).isEqualTo(plus(130));
        assertThat(r.resolvedAt()).isNull();
        assertThat(r.dueEscalationLevel(plus(129))).isZero();
        assertThat(r.dueEscalationLevel(plus(130))).isEqualTo(GuestRequest.SUPERVISOR);
    }

    @Test
    void eachMissedTargetIsOneLevelUp() {
        GuestRequest unanswered = towels();
        assertThat(unanswered.dueEscalationLevel(plus(4))).isZero();
        assertThat(unanswered.overdue(plus(4))).isFalse();
        assertThat(unanswered.dueEscalationLevel(plus(5))).isEqualTo(GuestRequest.SUPERVISOR);
        assertThat(unanswered.overdue(plus(5))).isTrue();
        assertThat(unanswered.dueEscalationLevel(plus(30))).isEqualTo(GuestRequest.DUTY_MANAGER);

        GuestRequest answeredInTime = towels();
        answeredInTime.acknowledge("maria", plus(4));
        assertThat(answeredInTime.dueEscalationLevel(plus(29))).isZero();
        assertThat(answeredInTime.dueEscalationLevel(plus(30))).isEqualTo(GuestRequest.SUPERVISOR);

        GuestRequest answeredLate = towels();
        answeredLate.acknowledge("maria", plus(6));
        assertThat(answeredLate.dueEscalationLevel(plus(7))).isEqualTo(GuestRequest.SUPERVISOR);
        assertThat(answeredLate.overdue(plus(7))).as("answered: the first clock stopped").isFalse();

        GuestRequest resolved = towels();
        resolved.resolve(null, "maria", plus(3));
        assertThat(resolved.dueEscalationLevel(plus(500))).isZero();
    }

    @Test
    void vipsAndLoyaltyMembersHaveTheirTier() {
        Guest vip = new Guest("Vi", "P", null, null, LOGGED);
        vip.describe(new Guest.Profile("en", 2, LoyaltyTier.NONE, Set.of(), null, null, null, null, null, null));
        Guest gold = new Guest("Go", "Ld", null, null, LOGGED);
        gold.describe(new Guest.Profile("en", 0, LoyaltyTier.GOLD, Set.of(), null, null, null, null, null, null));
        assertThat(GuestTier.of(vip)).isEqualTo(GuestTier.VIP);
        assertThat(GuestTier.of(gold)).isEqualTo(GuestTier.LOYALTY);
        assertThat(GuestTier.of(new Guest("A", "B", null, null, LOGGED))).isEqualTo(GuestTier.STANDARD);
        assertThat(new GuestRequest(stayOf(vip), TOWELS, RequestPriority.URGENT, FIVE_THEN_THIRTY, "x",
                RequestSource.GUEST_PAGE, "guest", LOGGED).tier()).isEqualTo(GuestTier.VIP);
    }

    @Test
    void targetsAreNumbersWithinLimits() {
        assertThatThrownBy(() -> new ResponseTarget(0, 30)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("responseMinutes");
        assertThatThrownBy(() -> new ResponseTarget(15, 10)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("resolutionMinutes");
        assertThatThrownBy(() -> new ResponseTarget(5, ResponseTarget.MAX_MINUTES + 1))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new ResponseTarget(5, 5).responseDue(LOGGED)).isEqualTo(plus(5));
    }

    @Test
    void aRequestSaysWhatItIsAboutInOneThousandCharactersWithoutControlCharacters() {
        Reservation stay = stayOf(new Guest("A", "B", null, null, LOGGED));
        assertThatThrownBy(() -> new GuestRequest(stay, TOWELS, null, FIVE_THEN_THIRTY, " ", RequestSource.DESK, "c", LOGGED))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("description");
        assertThatThrownBy(() -> new GuestRequest(stay, TOWELS, null, FIVE_THEN_THIRTY, "x".repeat(1001),
                RequestSource.DESK, "c", LOGGED)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new GuestRequest(stay, TOWELS, null, FIVE_THEN_THIRTY, "bell\u0007",
                RequestSource.DESK, "c", LOGGED)).isInstanceOf(InvalidValueException.class);
        assertThat(new GuestRequest(stay, TOWELS, null, FIVE_THEN_THIRTY, "<script>alert(1)</script>",
                RequestSource.DESK, "c", LOGGED).description()).as("kept as typed; pages escape it")
                .isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void figuresShareWithinTargetAndMedians() {
        GuestRequest fast = towels();
        fast.acknowledge("m", plus(2));
        fast.resolve(null, "m", plus(20));
        GuestRequest slow = towels();
        slow.acknowledge("m", plus(9));
        slow.resolve(null, "m", plus(40));
        GuestRequest exact = towels();
        exact.acknowledge("m", plus(5));
        GuestRequest waiting = towels();
        RequestFigures f = RequestFigures.of(List.of(fast, slow, exact, waiting));
        assertThat(f.logged()).isEqualTo(4);
        assertThat(f.answered()).isEqualTo(3);
        assertThat(f.answeredWithinTarget()).as("on the minute counts").isEqualTo(2);
        assertThat(f.answeredWithinTargetPercent()).isEqualByComparingTo("66.7");
        assertThat(f.medianFirstResponseMinutes()).isEqualTo(5.0);
        assertThat(f.resolved()).isEqualTo(2);
        assertThat(f.resolvedWithinTargetPercent()).isEqualByComparingTo("50.0");
        assertThat(f.medianResolutionMinutes()).isEqualTo(30.0);
        assertThat(RequestFigures.of(List.of()).answeredWithinTargetPercent()).isNull();
    }

    @Test
    void aGuestPageTokenIsLongRandomAndOnlyItsHashIsKept() {
        Reservation stay = stayOf(new Guest("A", "B", null, null, LOGGED));
        GuestPageLink.Issued one = GuestPageLink.issue(stay, LOGGED, "clerk");
        GuestPageLink.Issued two = GuestPageLink.issue(stay, LOGGED, "clerk");
        assertThat(one.token()).hasSize(43).isNotEqualTo(two.token());
        assertThat(GuestPageLink.wellFormed(one.token())).isTrue();
        assertThat(GuestPageLink.wellFormed(one.token() + "x")).isFalse();
        assertThat(GuestPageLink.wellFormed("../" + one.token().substring(3))).isFalse();
        assertThat(GuestPageLink.hash(one.token())).hasSize(64).isNotEqualTo(one.token());
        assertThat(one.link().opens(DAY)).isTrue();
        assertThat(one.link().opens(DAY.plusDays(1))).as("the departure day").isTrue();
        assertThat(one.link().opens(DAY.plusDays(2))).as("after departure").isFalse();
    }
}
