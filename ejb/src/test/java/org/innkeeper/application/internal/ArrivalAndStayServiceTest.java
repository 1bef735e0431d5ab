package org.innkeeper.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.innkeeper.application.dto.ArrivalFilter;
import org.innkeeper.application.dto.ArrivalView;
import org.innkeeper.application.dto.AssignRoomRequest;
import org.innkeeper.application.dto.AutoAssignView;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.ChargeRequest;
import org.innkeeper.application.dto.CheckInRequest;
import org.innkeeper.application.dto.CompanionRequest;
import org.innkeeper.application.dto.FolioView;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.application.dto.ReasonRequest;
import org.innkeeper.application.dto.RoomBlockRequest;
import org.innkeeper.application.dto.RoomMoveRequest;
import org.innkeeper.application.dto.RoomRackView;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.application.dto.StayChangeRequest;
import org.innkeeper.application.dto.StayView;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.guest.LoyaltyTier;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.inventory.NoAvailabilityException;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RatePolicies;
import org.innkeeper.domain.rate.RoomRate;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.room.HousekeepingStatus;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomFeature;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.infrastructure.persistence.Repositories;
import org.innkeeper.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Arrival and stay through the services on the real mappings and schema, on H2 and PostgreSQL:
 * pre-assignment and upgrades, auto-assignment, check-in and its undoing, room moves, extensions,
 * early departures, out of order and the room rack. Every refusal leaves the database as it was.
 */
class ArrivalAndStayServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 5, 10);
    private static final Instant NOW = Instant.parse("2027-05-10T16:00:00Z"); // after the check-in hour

    private TestDatabase db;
    private final MovableClock clock = new MovableClock(NOW);

    private void open(TestDatabase.Kind kind) {
        assumeTrue(kind == TestDatabase.Kind.H2 || TestDatabase.postgresqlAvailable(),
                "PostgreSQL is not running on 127.0.0.1:5432");
        db = TestDatabase.of(kind);
        db.inTransaction(em -> {
            em.persist(new Hotel("Test Hotel", "EUR", ZoneOffset.UTC, java.time.LocalDate.ofInstant(NOW, ZoneOffset.UTC)));
            RoomType std = new RoomType("STD", "Standard", 2, 0);
            RoomType sup = new RoomType("SUP", "Superior", 3, 1);
            em.persist(std);
            em.persist(sup);
            Room r101 = new Room("101", 1, std);
            Room r102 = new Room("102", 1, std);
            Room r103 = new Room("103", 1, std);
            Room r201 = new Room("201", 2, std);
            Room r202 = new Room("202", 2, std);
            r102.describe(Set.of(RoomFeature.QUIET));
            r101.changeHousekeeping(HousekeepingStatus.CLEAN);
            r103.changeHousekeeping(HousekeepingStatus.INSPECTED);
            r201.changeHousekeeping(HousekeepingStatus.DIRTY);
            r202.changeHousekeeping(HousekeepingStatus.DIRTY);
            for (Room r : List.of(r101, r102, r103, r201, r202, new Room("301", 3, sup), new Room("302", 3, sup))) {
                em.persist(r);
            }
            r201.connectTo(r202);
            RatePlan bar = new RatePlan("BAR", "Best Available Rate", null, 0, RatePolicies.flexible(24));
            em.persist(bar);
            for (LocalDate n = TODAY.minusDays(2); n.isBefore(TODAY.plusDays(30)); n = n.plusDays(1)) {
                em.persist(new RoomRate(bar, std, n, Money.of("100", "EUR")));
                em.persist(new RoomRate(bar, sup, n, Money.of("150", "EUR")));
            }
            Repositories.bind(em).inventory().open(std, TODAY.minusDays(2), TODAY.plusDays(30), 5);
            Repositories.bind(em).inventory().open(sup, TODAY.minusDays(2), TODAY.plusDays(30), 2);
            return null;
        });
    }

    private <T> T tx(Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(Services.bind(em, clock, db)));
    }

    private String book(String type, LocalDate arrival, int nights, String name, int adults) {
        return tx(s -> s.reservations().book(new BookingRequest(type, "BAR", arrival, arrival.plusDays(nights), adults, 0,
                new GuestDetails("Guest", name, name.toLowerCase() + "@example.com", null), null, null, null, null),
                "DESK_PHONE")).confirmationNumber();
    }

    private long sold(String type, LocalDate night) {
        return inventory("sold", type, night);
    }

    private long sellable(String type, LocalDate night) {
        return inventory("sellable", type, night);
    }

    private long inventory(String column, String type, LocalDate night) {
        return db.inTransaction(em -> ((Number) em.createQuery("select i." + column + " from InventoryNight i"
                        + " where i.roomType.code = :t and i.night = :n").setParameter("t", type).setParameter("n", night)
                .getSingleResult()).longValue());
    }

    private long roomNights(String room) {
        return db.inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from room_night n join room r"
                + " on r.id = n.room_id where r.room_number = ?1").setParameter(1, room).getSingleResult()).longValue());
    }

    private List<org.innkeeper.application.dto.PlannedMoveView> movesDue(LocalDate date) {
        return tx(s -> s.stay().movesDue(date));
    }

    private List<RoomView> rooms() {
        return tx(s -> s.stay().rooms());
    }

    private void close() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRoomIsGivenAheadOfArrivalAndAnUpgradeKeepsTheRateUnlessRepriced(TestDatabase.Kind kind) {
        open(kind);
        try {
            String cn = book("STD", TODAY.plusDays(3), 2, "Ahead", 2);
            StayView given = tx(s -> s.arrival().assignRoom(cn, new AssignRoomRequest("201", null)));
            assertThat(given.roomNumber()).isEqualTo("201");
            assertThat(roomNights("201")).isEqualTo(2);

            // a room of another type needs the clerk's choice of rate; nothing changes without it
            assertThatThrownBy(() -> tx(s -> s.arrival().assignRoom(cn, new AssignRoomRequest("301", null))))
                    .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("rate");
            assertThat(roomNights("201")).isEqualTo(2);
            assertThat(sold("SUP", TODAY.plusDays(3))).isZero();

            StayView upgraded = tx(s -> s.arrival().assignRoom(cn, new AssignRoomRequest("301", "KEEP")));
            assertThat(upgraded.roomType()).isEqualTo("SUP");
            assertThat(upgraded.bookedRoomType()).isEqualTo("STD");
            assertThat(upgraded.upgraded()).isTrue();
            assertThat(upgraded.total()).isEqualByComparingTo("200.00");
            assertThat(roomNights("201")).isZero();
            assertThat(roomNights("301")).isEqualTo(2);
            assertThat(sold("STD", TODAY.plusDays(3))).isZero();
            assertThat(sold("SUP", TODAY.plusDays(3))).isEqualTo(1);

            String other = book("STD", TODAY.plusDays(3), 2, "Paying", 2);
            StayView repriced = tx(s -> s.arrival().assignRoom(other, new AssignRoomRequest("302", "REPRICE")));
            assertThat(repriced.total()).isEqualByComparingTo("300.00");
            assertThat(repriced.history()).extracting(StayView.EventView::kind).contains("UPGRADED", "ASSIGNED");
            assertThat(repriced.history()).allSatisfy(e -> assertThat(e.by()).isEqualTo("clerk"));

            // the room of another stay on an overlapping night is refused
            String third = book("STD", TODAY.plusDays(4), 1, "Late", 1);
            assertThatThrownBy(() -> tx(s -> s.arrival().assignRoom(third, new AssignRoomRequest("301", "KEEP"))))
                    .isInstanceOf(org.innkeeper.domain.shared.DomainException.class).extracting("kind")
                    .isIn("room-taken", "no-availability");
        } finally {
            close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void autoAssignPrefersWishesThenInspectedRoomsKeepsABookingTogetherAndSkipsBlockedRooms(TestDatabase.Kind kind) {
        open(kind);
        try {
            String quiet = book("STD", TODAY, 1, "Quiet", 1);
            String plain = book("STD", TODAY, 1, "Plain", 1);
            db.inTransaction(em -> {
                Reservation r = Repositories.bind(em).reservations()
                        .findForUpdate(org.innkeeper.domain.reservation.ConfirmationNumber.parse(quiet)).orElseThrow();
                Guest g = r.guest();
                g.describe(new Guest.Profile("en", 1, LoyaltyTier.GOLD, Set.of(RoomFeature.QUIET), null, null, null,
                        null, null, "Allergic to feathers"));
                return null;
            });
            // 101 is blocked out of order today: never given
            tx(s -> s.stay().blockRoom("101", new RoomBlockRequest("OUT_OF_ORDER", TODAY, TODAY.plusDays(2), "leak", null)));

            AutoAssignView result = tx(s -> s.arrival().autoAssign(TODAY));
            Map<String, String> rooms = result.assigned().stream()
                    .collect(java.util.stream.Collectors.toMap(AutoAssignView.Line::confirmationNumber,
                            AutoAssignView.Line::roomNumber));
            assertThat(rooms.get(quiet)).as("the VIP's wish for a quiet room").isEqualTo("102");
            assertThat(rooms.get(plain)).as("then inspected before clean or dirty").isEqualTo("103");
            assertThat(rooms).doesNotContainValue("101");

            List<ArrivalView> board = tx(s -> s.arrival().board(ArrivalFilter.on(TODAY)));
            assertThat(board).filteredOn(a -> a.confirmationNumber().equals(quiet)).singleElement().satisfies(a -> {
                assertThat(a.alert()).isEqualTo("Allergic to feathers");
                assertThat(a.vipLevel()).isEqualTo(1);
                assertThat(a.roomNumber()).isEqualTo("102");
                assertThat(a.ready()).isTrue();
            });
            List<ArrivalView> vips = tx(s -> s.arrival().board(new ArrivalFilter(TODAY, null, true, null, null, null, null, null)));
            assertThat(vips).extracting(ArrivalView::confirmationNumber).containsExactly(quiet);

            // two rooms of one booking tomorrow: the connecting pair 201/202
            String group = tx(s -> s.reservations().bookGroup(new org.innkeeper.application.dto.GroupBookingRequest(
                    TODAY.plusDays(1), TODAY.plusDays(2),
                    List.of(new org.innkeeper.application.dto.RoomRequest("STD", "BAR", 2, 0),
                            new org.innkeeper.application.dto.RoomRequest("STD", "BAR", 2, 0)),
                    new GuestDetails("Group", "Family", null, null), null, null, null),
                    "DESK_PHONE")).reference();
            AutoAssignView tomorrow = tx(s -> s.arrival().autoAssign(TODAY.plusDays(1)));
            assertThat(tomorrow.assigned()).extracting(AutoAssignView.Line::roomNumber)
                    .as("booking %s together", group).containsExactlyInAnyOrder("201", "202");
        } finally {
            close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void checkInRegistersCompanionsKeysAndDepositAndCanBeUndoneTheSameDay(TestDatabase.Kind kind) {
        open(kind);
        try {
            String cn = book("STD", TODAY, 2, "Family", 2);
            CheckInRequest tooMany = new CheckInRequest("103", null, "PASSPORT", "P1234567", "GB", LocalDate.of(1980, 1, 1),
                    List.of(new CompanionRequest("Mary", "Family", null, null, null, null),
                            new CompanionRequest("Tom", "Family", null, null, null, null)), 2, null, null, null);
            assertThatThrownBy(() -> tx(s -> s.arrival().checkIn(cn, tooMany)))
                    .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("companions");
            assertThat(roomNights("103")).as("nothing given on a refusal").isZero();

            CheckInRequest request = new CheckInRequest("103", null, "PASSPORT", "P1234567", "GB", LocalDate.of(1980, 1, 1),
                    List.of(new CompanionRequest("Mary", "Family", "PASSPORT", "P7654321", "GB", null)), 2,
                    new BigDecimal("150.00"), "PRE_AUTHORISATION", null);
            StayView in = tx(s -> s.arrival().checkIn(cn, request));
            assertThat(in.status()).isEqualTo("IN_HOUSE");
            assertThat(in.companions()).extracting(StayView.CompanionView::firstName).containsExactly("Mary");
            assertThat(in.keysIssued()).isEqualTo(2);
            assertThat(in.deposit()).isEqualByComparingTo("150.00");
            assertThat(in.nationality()).isEqualTo("GB");
            assertThat(in.checkedInBy()).isEqualTo("clerk");
            assertThat(in.canUndoCheckIn()).isTrue();
            byte[] card = tx(s -> s.arrival().registrationCard(cn, null));
            assertThat(new String(card, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");

            assertThatThrownBy(() -> tx(s -> s.arrival().undoCheckIn(cn, new ReasonRequest(" "))))
                    .isInstanceOf(InvalidValueException.class);
            StayView undone = tx(s -> s.arrival().undoCheckIn(cn, new ReasonRequest("wrong guest")));
            assertThat(undone.status()).isEqualTo("CONFIRMED");
            assertThat(undone.roomNumber()).as("keeps its room").isEqualTo("103");
            FolioView folio = tx(s -> s.departure().folio(cn));
            assertThat(folio.balance()).as("nothing posted: the audit posts the nights").isEqualByComparingTo("0");
            assertThat(rooms()).filteredOn(r -> r.number().equals("103")).singleElement()
                    .extracting(RoomView::occupancy).isEqualTo("VACANT");

            // checked in again, then a charge: undoing is refused, nothing changes
            tx(s -> s.arrival().checkIn(cn, new CheckInRequest(null, "PASSPORT", "P1234567")));
            tx(s -> s.departure().postCharge(cn, new ChargeRequest("MINIBAR", "Water", new BigDecimal("3.00"))));
            assertThatThrownBy(() -> tx(s -> s.arrival().undoCheckIn(cn, new ReasonRequest("oops"))))
                    .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("folio-not-empty");
            assertThat(tx(s -> s.arrival().stay(cn)).status()).isEqualTo("IN_HOUSE");

            // the next day it can't be undone
            clock.set(NOW.plus(java.time.Duration.ofDays(1)));
            Services.businessDay(db, TODAY.plusDays(1));
            assertThatThrownBy(() -> tx(s -> s.arrival().undoCheckIn(cn, new ReasonRequest("late"))))
                    .isInstanceOf(StateConflictException.class);
        } finally {
            close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aMovePlannedForALaterNightHoldsTheNewRoomAndIsCarriedOutOnTheDay(TestDatabase.Kind kind) {
        open(kind);
        try {
            String cn = book("STD", TODAY, 3, "Planner", 1);
            tx(s -> s.arrival().checkIn(cn, new CheckInRequest("101", "PASSPORT", "P1234567")));
            var refusedToday = new org.innkeeper.application.dto.PlannedMoveRequest("103", "quieter", TODAY);
            assertThatThrownBy(() -> tx(s -> s.stay().planMove(cn, refusedToday))).isInstanceOf(InvalidValueException.class);
            var otherType = new org.innkeeper.application.dto.PlannedMoveRequest("301", "bigger", TODAY.plusDays(1));
            assertThatThrownBy(() -> tx(s -> s.stay().planMove(cn, otherType))).isInstanceOf(InvalidValueException.class);

            var planned = tx(s -> s.stay().planMove(cn, new org.innkeeper.application.dto.PlannedMoveRequest("103",
                    "quieter room from the second night", TODAY.plusDays(1))));
            assertThat(planned.status()).isEqualTo("SCHEDULED");
            assertThat(planned.plannedBy()).isEqualTo("clerk");
            assertThat(roomNights("101")).as("tonight only").isEqualTo(1);
            assertThat(roomNights("103")).as("held from the second night").isEqualTo(2);
            // someone else can't have 103 for those nights meanwhile
            String other = book("STD", TODAY.plusDays(2), 1, "Other", 1);
            assertThatThrownBy(() -> tx(s -> s.arrival().assignRoom(other, new AssignRoomRequest("103", null))))
                    .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("room-taken");
            assertThat(movesDue(TODAY)).isEmpty();
            assertThatThrownBy(() -> tx(s -> s.stay().carryOutMove(planned.id()))).isInstanceOf(StateConflictException.class);

            // an extension goes on in the room of the last night
            tx(s -> s.stay().extend(cn, new StayChangeRequest(TODAY.plusDays(4))));
            assertThat(roomNights("103")).isEqualTo(3);

            clock.set(NOW.plus(java.time.Duration.ofDays(1)));
            Services.businessDay(db, TODAY.plusDays(1));
            assertThat(movesDue(null)).extracting(m -> m.id()).containsExactly(planned.id());
            // the room must be ready by then: not clean yet, refused and nothing changes
            tx(s -> s.stay().changeHousekeeping("103", new org.innkeeper.application.dto.HousekeepingChange("DIRTY", null)));
            assertThatThrownBy(() -> tx(s -> s.stay().carryOutMove(planned.id())))
                    .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("room-not-assignable");
            assertThat(movesDue(null)).extracting(m -> m.id()).containsExactly(planned.id());
            tx(s -> s.stay().changeHousekeeping("103", new org.innkeeper.application.dto.HousekeepingChange("CLEAN", null)));
            StayView moved = tx(s -> s.stay().carryOutMove(planned.id()));
            assertThat(moved.roomNumber()).isEqualTo("103");
            assertThat(moved.history()).extracting(StayView.EventView::kind).contains("MOVED");
            assertThat(rooms()).filteredOn(r -> r.number().equals("101")).singleElement()
                    .satisfies(r -> assertThat(r.housekeeping()).isEqualTo("DIRTY"));
            assertThat(movesDue(null)).isEmpty();

            // planned and called off: the guest keeps the room
            var again = tx(s -> s.stay().planMove(cn, new org.innkeeper.application.dto.PlannedMoveRequest("102",
                    "view", TODAY.plusDays(3))));
            assertThat(roomNights("102")).isEqualTo(1);
            tx(s -> s.stay().cancelMove(again.id()));
            assertThat(roomNights("102")).isZero();
            assertThat(roomNights("103")).isEqualTo(3);
        } finally {
            close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anEarlyCheckInIsRecordedAndItsFeePostedOrFree(TestDatabase.Kind kind) {
        open(kind);
        try {
            clock.set(Instant.parse("2027-05-10T09:30:00Z")); // before the check-in hour (15:00)
            // the catalogue sells an early check-in for 30.00 (7 % VAT, a room service)
            tx(s -> s.setup().saveArticle(new org.innkeeper.application.dto.ArticleForm("EARLY_CHECKIN", "Early check-in",
                    "ROOM", new BigDecimal("7"), new BigDecimal("30.00"), true)));
            String paying = book("STD", TODAY, 1, "Early", 1);
            String free = book("STD", TODAY, 1, "Earlier", 1);
            String listed = book("STD", TODAY, 1, "Earliest", 1);
            StayView in = tx(s -> s.arrival().checkIn(paying, new CheckInRequest("103", null, "PASSPORT", "E1234567",
                    null, null, null, 1, null, null, new BigDecimal("25.00"))));
            assertThat(in.earlyCheckIn()).isTrue();
            FolioView folio = tx(s -> s.departure().folio(paying));
            assertThat(folio.postings()).filteredOn(p -> "CHARGE".equals(p.type())).singleElement()
                    .satisfies(p -> {
                        assertThat(p.description()).isEqualTo("Early check-in");
                        assertThat(p.article()).isEqualTo("EARLY_CHECKIN");
                        assertThat(p.department()).isEqualTo("ROOM");
                        assertThat(p.amount()).as("the clerk's price").isEqualByComparingTo("25.00");
                        assertThat(p.vat()).isEqualByComparingTo("1.64");
                    });
            StayView atListPrice = tx(s -> s.arrival().checkIn(listed, new CheckInRequest("101", "PASSPORT", "E2234567")));
            assertThat(atListPrice.earlyCheckIn()).isTrue();
            assertThat(tx(s -> s.departure().folio(listed)).postings()).singleElement()
                    .satisfies(p -> assertThat(p.amount()).as("the catalogue's price").isEqualByComparingTo("30.00"));
            StayView freeIn = tx(s -> s.arrival().checkIn(free, new CheckInRequest("102", null, "PASSPORT", "E7654321",
                    null, null, null, 1, null, null, BigDecimal.ZERO)));
            assertThat(freeIn.earlyCheckIn()).isTrue();
            assertThat(tx(s -> s.departure().folio(free)).postings()).noneMatch(p -> "CHARGE".equals(p.type()));
        } finally {
            close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aWalkInIsBookedAndCheckedInAtOnceOrNotAtAll(TestDatabase.Kind kind) {
        open(kind);
        try {
            long before = db.total("select count(r) from Reservation r");
            var badDocument = new org.innkeeper.application.dto.WalkInRequest("STD", "BAR", TODAY.plusDays(1), 1, 0,
                    new GuestDetails("Walk", "In", null, null), null, new CheckInRequest(null, "PASSPORT", "<x>"));
            assertThatThrownBy(() -> tx(s -> s.arrival().walkIn(badDocument))).isInstanceOf(InvalidValueException.class);
            assertThat(db.total("select count(r) from Reservation r")).as("no booking kept").isEqualTo(before);

            StayView in = tx(s -> s.arrival().walkIn(new org.innkeeper.application.dto.WalkInRequest("STD", "BAR",
                    TODAY.plusDays(1), 1, 0, new GuestDetails("Walk", "In", null, null), null,
                    new CheckInRequest(null, "PASSPORT", "W1234567"))));
            assertThat(in.status()).isEqualTo("IN_HOUSE");
            assertThat(in.roomNumber()).as("the best ready room: inspected").isEqualTo("103");
            assertThat(in.total()).isEqualByComparingTo("100.00");
            assertThat(tx(s -> s.reservations().find(in.confirmationNumber(), null)).channel()).isEqualTo("DESK_WALK_IN");
        } finally {
            close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aGuestMovesExtendsAndLeavesEarly(TestDatabase.Kind kind) {
        open(kind);
        try {
            String cn = book("STD", TODAY, 3, "Mover", 2);
            String blocker = book("STD", TODAY, 1, "Neighbour", 1);
            tx(s -> s.arrival().checkIn(cn, new CheckInRequest("101", "PASSPORT", "M1234567")));
            tx(s -> s.arrival().checkIn(blocker, new CheckInRequest("102", "PASSPORT", "N1234567")));

            assertThatThrownBy(() -> tx(s -> s.stay().moveRoom(cn, new RoomMoveRequest("102", "noise", null))))
                    .isInstanceOf(StateConflictException.class).hasMessageContaining("occupied");
            assertThatThrownBy(() -> tx(s -> s.stay().moveRoom(cn, new RoomMoveRequest("101", "noise", null))))
                    .isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> tx(s -> s.stay().moveRoom(cn, new RoomMoveRequest("301", "noise", null))))
                    .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("rate");

            StayView moved = tx(s -> s.stay().moveRoom(cn, new RoomMoveRequest("103", "noise from the street", null)));
            assertThat(moved.roomNumber()).isEqualTo("103");
            assertThat(moved.history()).filteredOn(e -> e.kind().equals("MOVED")).singleElement()
                    .satisfies(e -> assertThat(e.detail()).contains("101", "103", "noise from the street"));
            assertThat(rooms()).filteredOn(r -> r.number().equals("101")).singleElement()
                    .satisfies(r -> {
                        assertThat(r.occupancy()).isEqualTo("VACANT");
                        assertThat(r.housekeeping()).isEqualTo("DIRTY");
                    });
            assertThat(roomNights("101")).isZero();
            assertThat(roomNights("103")).isEqualTo(3);

            // prices went up since booking: the added night costs today's price
            db.inTransaction(em -> em.createQuery("update RoomRate r set r.price.amount = 120 where r.night = :n")
                    .setParameter("n", TODAY.plusDays(3)).executeUpdate());
            StayView longer = tx(s -> s.stay().extend(cn, new StayChangeRequest(TODAY.plusDays(4))));
            assertThat(longer.departure()).isEqualTo(TODAY.plusDays(4));
            assertThat(longer.total()).isEqualByComparingTo("420.00");
            assertThat(sold("STD", TODAY.plusDays(3))).isEqualTo(1);
            assertThat(tx(s -> s.departure().folio(cn)).balance()).as("nights are posted by the audit").isZero();

            // someone else holds room 103 from the night after: the extension is refused with alternatives
            String next = book("STD", TODAY.plusDays(4), 2, "Next", 1);
            tx(s -> s.arrival().assignRoom(next, new AssignRoomRequest("103", null)));
            assertThatThrownBy(() -> tx(s -> s.stay().extend(cn, new StayChangeRequest(TODAY.plusDays(5)))))
                    .isInstanceOf(StateConflictException.class).hasMessageContaining("free STD rooms");
            assertThat(tx(s -> s.arrival().stay(cn)).departure()).isEqualTo(TODAY.plusDays(4));
            assertThat(sold("STD", TODAY.plusDays(4))).as("nothing taken on a refusal").isEqualTo(1);

            StayView shorter = tx(s -> s.stay().shorten(cn, new StayChangeRequest(TODAY.plusDays(2))));
            assertThat(shorter.departure()).isEqualTo(TODAY.plusDays(2));
            assertThat(shorter.total()).isEqualByComparingTo("200.00");
            assertThat(sold("STD", TODAY.plusDays(2))).isZero();
            assertThat(roomNights("103")).isEqualTo(2 + 2); // this stay's two nights and the next guest's two
            assertThatThrownBy(() -> tx(s -> s.stay().shorten(cn, new StayChangeRequest(TODAY.minusDays(1)))))
                    .isInstanceOf(InvalidValueException.class);

            // tonight's audit posts tonight's night, in the room the guest sleeps in
            assertThat(Services.audit(db, clock)).isEqualTo(TODAY);
            assertThat(tx(s -> s.departure().folio(cn)).postings()).singleElement().satisfies(p -> {
                assertThat(p.type()).isEqualTo("ROOM");
                assertThat(p.roomNumber()).isEqualTo("103");
                assertThat(p.night()).isEqualTo(TODAY);
                assertThat(p.amount()).isEqualByComparingTo("100.00");
            });
        } finally {
            close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void outOfOrderTakesTheRoomOffSaleUnlessThatWouldOversellAndTheRackShowsIt(TestDatabase.Kind kind) {
        open(kind);
        try {
            LocalDate d = TODAY.plusDays(5);
            String first = book("SUP", d, 2, "One", 1);
            tx(s -> s.arrival().assignRoom(first, new AssignRoomRequest("301", null)));
            assertThatThrownBy(() -> tx(s -> s.stay().blockRoom("301", new RoomBlockRequest("OUT_OF_ORDER", d,
                    d.plusDays(1), "paint", null)))).isInstanceOf(StateConflictException.class)
                    .extracting("kind").isEqualTo("room-taken");
            book("SUP", d, 2, "Two", 1); // both SUP rooms sold on d
            assertThatThrownBy(() -> tx(s -> s.stay().blockRoom("302", new RoomBlockRequest("OUT_OF_ORDER", d,
                    d.plusDays(1), "paint", null)))).isInstanceOf(StateConflictException.class)
                    .extracting("kind").isEqualTo("rooms-sold");
            assertThat(roomNights("302")).as("nothing held on a refusal").isZero();

            var block = tx(s -> s.stay().blockRoom("302", new RoomBlockRequest("OUT_OF_ORDER", d.plusDays(2),
                    d.plusDays(4), "new carpet", "INSPECTED")));
            assertThat(sellable("SUP", d.plusDays(2))).isEqualTo(1);
            book("SUP", d.plusDays(2), 1, "Four", 1);
            assertThatThrownBy(() -> book("SUP", d.plusDays(2), 1, "Five", 1)).isInstanceOf(NoAvailabilityException.class);

            RoomRackView rack = tx(s -> s.stay().rack(d, 7));
            assertThat(rack.nights()).hasSize(7);
            assertThat(rack.rooms()).filteredOn(r -> r.roomNumber().equals("301")).singleElement()
                    .satisfies(r -> assertThat(r.segments()).singleElement().satisfies(seg -> {
                        assertThat(seg.kind()).isEqualTo("STAY");
                        assertThat(seg.confirmationNumber()).isEqualTo(first);
                        assertThat(seg.from()).isEqualTo(d);
                        assertThat(seg.to()).isEqualTo(d.plusDays(2));
                    }));
            assertThat(rack.rooms()).filteredOn(r -> r.roomNumber().equals("302")).singleElement()
                    .satisfies(r -> assertThat(r.segments()).extracting(RoomRackView.Segment::kind).containsExactly("OUT_OF_ORDER"));
            assertThat(rack.unassigned()).extracting(RoomRackView.Unassigned::guestName).contains("Guest Two", "Guest Four");
            assertThatThrownBy(() -> tx(s -> s.stay().rack(d, 32))).isInstanceOf(InvalidValueException.class);

            tx(s -> s.stay().endBlock(block.id()));
            assertThat(roomNights("302")).isZero();
            assertThat(sellable("SUP", d.plusDays(2))).isEqualTo(2);
        } finally {
            close();
        }
    }
}
