package org.innkeeper.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.innkeeper.application.ReservationService;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.ChargeRequest;
import org.innkeeper.application.dto.CheckInRequest;
import org.innkeeper.application.dto.FolioView;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.application.dto.HousekeepingChange;
import org.innkeeper.application.dto.OccupancyReportView;
import org.innkeeper.application.dto.OfferView;
import org.innkeeper.application.dto.PaymentRequest;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.application.dto.StayView;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.inventory.NoAvailabilityException;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RoomRate;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.NotFoundException;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.infrastructure.persistence.Repositories;
import org.innkeeper.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The services on the real mappings and schema (H2): one guest from booking to check-out. */
class GuestCycleServiceTest {

    private TestDatabase db;
    private LocalDate today;

    @BeforeEach
    void hotelWithTwoDoubles() {
        db = TestDatabase.h2();
        today = LocalDate.now(ZoneOffset.UTC);
        db.inTransaction(em -> {
            em.persist(new Hotel("Test Hotel", "EUR", ZoneOffset.UTC, java.time.LocalDate.now(ZoneOffset.UTC)));
            RoomType std = new RoomType("STD", "Standard Double", 2, 0);
            em.persist(std);
            em.persist(new Room("101", 1, std));
            em.persist(new Room("102", 1, std));
            RatePlan bar = new RatePlan("BAR", "Best Available Rate", null, 0);
            em.persist(bar);
            for (int i = 0; i < 10; i++) {
                em.persist(new RoomRate(bar, std, today.plusDays(i), Money.of(i == 1 ? "120" : "100", "EUR")));
            }
            Repositories.bind(em).inventory().open(std, today, today.plusDays(9), 2);
            return null;
        });
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private <T> T reservations(Function<DefaultReservationService, T> work) {
        return db.inTransaction(em -> work.apply(reservationService(em)));
    }

    private <T> T desk(Function<Desk, T> work) {
        return db.inTransaction(em -> work.apply(deskService(em)));
    }

    private static DefaultReservationService reservationService(EntityManager em) {
        return Services.bind(em).reservations();
    }

    private static Desk deskService(EntityManager em) {
        return new Desk(Services.bind(em));
    }

    private BookingRequest request(String lastName, int nights) {
        return new BookingRequest("std", "BAR", today, today.plusDays(nights), 2, 0,
                new GuestDetails("Grace", lastName, "grace@example.com", "+1 555 0100"), "Search engine", null, null, null);
    }

    @Test
    void oneGuestFromBookingToCheckOut() {
        List<OfferView> offers = db.inTransaction(em -> Services.bind(em).availability()
                .search(today, today.plusDays(2), 2, 0).offers());
        assertThat(offers).singleElement().satisfies(o -> {
            assertThat(o.roomsLeft()).isEqualTo(2);
            assertThat(o.total()).isEqualByComparingTo("220.00");
            assertThat(o.nights()).hasSize(2);
        });

        ReservationView booked = reservations(s -> s.book(request("Hopper", 2), "DEMO"));
        assertThat(booked.status()).isEqualTo("CONFIRMED");
        assertThat(booked.total()).isEqualByComparingTo("220.00");
        assertThat(booked.channel()).isEqualTo("DEMO");
        String cn = booked.confirmationNumber();

        List<ReservationSummary> arrivals = desk(s -> s.arrivals(today));
        assertThat(arrivals).extracting(ReservationSummary::confirmationNumber).contains(cn);
        List<RoomView> rooms = desk(s -> s.assignableRooms(cn));
        assertThat(rooms).extracting(RoomView::number).containsExactly("101", "102");

        StayView inHouse = desk(s -> s.checkIn(cn, new CheckInRequest("101", "PASSPORT", "X1234567")));
        assertThat(inHouse.status()).isEqualTo("IN_HOUSE");
        assertThat(inHouse.roomNumber()).isEqualTo("101");
        List<RoomView> stillFree = desk(s -> s.assignableRooms(cn));
        assertThat(stillFree).extracting(RoomView::number).containsExactly("102");

        FolioView folio = desk(s -> s.postCharge(cn, new ChargeRequest("MINIBAR", "Two sodas", new BigDecimal("12.50"))));
        assertThat(folio.postings()).extracting(p -> p.type()).containsExactly("CHARGE");
        assertThat(folio.postings().get(0).id()).as("numbered: the desk corrects postings by their ids").isPositive();
        // each night is posted by that night's audit, which moves the business date on
        assertThat(Services.audit(db, java.time.Clock.systemUTC())).isEqualTo(today);
        assertThat(Services.audit(db, java.time.Clock.systemUTC())).isEqualTo(today.plusDays(1));
        folio = desk(s -> s.folio(cn));
        assertThat(folio.postings()).extracting(p -> p.type()).containsExactly("CHARGE", "ROOM", "ROOM");
        assertThat(folio.postings()).extracting(p -> p.night()).containsExactly(null, today, today.plusDays(1));
        assertThat(folio.balance()).isEqualByComparingTo("232.50");

        assertThatThrownBy(() -> desk(s -> s.checkOut(cn))).isInstanceOf(StateConflictException.class)
                .extracting("kind").isEqualTo("balance-not-zero");
        List<ReservationSummary> inHouseList = desk(s -> s.inHouse());
        assertThat(inHouseList).extracting(ReservationSummary::balance).containsExactly(new BigDecimal("232.50"));

        FolioView paid = desk(s -> s.recordPayment(cn, new PaymentRequest("CARD", new BigDecimal("232.50"), "4242")));
        assertThat(paid.balance()).isEqualByComparingTo("0");

        ReservationView out = desk(s -> s.checkOut(cn));
        assertThat(out.status()).isEqualTo("CHECKED_OUT");
        List<RoomView> allRooms = desk(s -> s.rooms());
        assertThat(allRooms).filteredOn(r -> r.number().equals("101")).singleElement()
                .satisfies(r -> {
                    assertThat(r.occupancy()).isEqualTo("VACANT");
                    assertThat(r.housekeeping()).isEqualTo("DIRTY");
                });

        OccupancyReportView report = db.inTransaction(em -> {
            Services services = Services.bind(em);
            return services.reports().occupancy(today, today.plusDays(1));
        });
        assertThat(report.days()).extracting(d -> d.roomsSold()).containsExactly(1, 1);
        assertThat(report.total().roomsAvailable()).isEqualTo(4);
        assertThat(report.total().occupancyPercent()).isEqualByComparingTo("50.00");
        assertThat(report.total().adr()).isEqualByComparingTo("110.00");
        assertThat(report.total().revPar()).isEqualByComparingTo("55.00");

        // housekeeping cleans it, and the room can be given to the next guest
        BookingRequest nextGuest = new BookingRequest("std", "BAR", today.plusDays(2), today.plusDays(3), 2, 0,
                new GuestDetails("Grace", "Next", null, null), null, null, null, null);
        String next = reservations(s -> s.book(nextGuest, "DEMO")).confirmationNumber();
        List<RoomView> whileDirty = desk(s -> s.assignableRooms(next));
        assertThat(whileDirty).extracting(RoomView::number).containsExactly("102");
        assertThat(desk(s -> s.changeHousekeeping("101", new HousekeepingChange("clean"))).housekeeping())
                .isEqualTo("CLEAN");
        List<RoomView> afterCleaning = desk(s -> s.assignableRooms(next));
        assertThat(afterCleaning).extracting(RoomView::number).containsExactly("101", "102");
        assertThatThrownBy(() -> desk(s -> s.changeHousekeeping("101", new HousekeepingChange("SPARKLING"))))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("status");
        assertThatThrownBy(() -> desk(s -> s.changeHousekeeping("999", new HousekeepingChange("CLEAN"))))
                .isInstanceOf(NotFoundException.class);
    }

    /**
     * A charge racing a check-out: whatever order they land in, a checked-out guest never leaves
     * an unpaid posting behind (the stay's reservation row is locked by every change).
     */
    @Test
    void aChargeCannotSlipInWhileTheGuestChecksOut() throws Exception {
        int rounds = 6;
        db.inTransaction(em -> {
            RoomType twin = new RoomType("TWN", "Twin", 2, 1);
            em.persist(twin);
            for (int i = 1; i <= rounds; i++) {
                em.persist(new Room(String.valueOf(200 + i), 2, twin));
            }
            RatePlan bar = Repositories.bind(em).rates().ratePlan("BAR").orElseThrow();
            em.persist(new RoomRate(bar, twin, today, Money.of("90", "EUR")));
            Repositories.bind(em).inventory().open(twin, today, today, rounds);
            return null;
        });
        for (int round = 0; round < rounds; round++) {
            BookingRequest twinTonight = new BookingRequest("TWN", "BAR", today, today.plusDays(1), 1, 0,
                    new GuestDetails("Rita", "Race" + round, null, null), null, null, null, null);
            String cn = reservations(s -> s.book(twinTonight, "DEMO")).confirmationNumber();
            String room = desk(s -> s.assignableRooms(cn)).get(0).number();
            desk(s -> s.checkIn(cn, new CheckInRequest(room, "PASSPORT", "X1234567")));
            desk(s -> s.postCharge(cn, new ChargeRequest("RESTAURANT", "Dinner", new BigDecimal("40.00"))));
            desk(s -> s.recordPayment(cn, new PaymentRequest("CASH", new BigDecimal("40.00"), null)));

            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            java.util.concurrent.Future<?> charge = pool.submit(() -> {
                start.await();
                return desk(s -> s.postCharge(cn, new ChargeRequest("BAR", "Late drink", new BigDecimal("9.00"))));
            });
            java.util.concurrent.Future<?> checkOut = pool.submit(() -> {
                start.await();
                return desk(s -> s.checkOut(cn));
            });
            start.countDown();
            boolean charged = succeeded(charge);
            boolean checkedOut = succeeded(checkOut);
            pool.shutdown();

            FolioView folio = desk(s -> s.folio(cn));
            assertThat(charged || checkedOut).isTrue();
            if (checkedOut) {
                assertThat(folio.reservationStatus()).isEqualTo("CHECKED_OUT");
                assertThat(folio.balance()).as("a checked-out folio is settled").isEqualByComparingTo("0");
            } else {
                assertThat(folio.reservationStatus()).isEqualTo("IN_HOUSE");
                assertThat(folio.balance()).isEqualByComparingTo("9.00");
            }
            // clean up for the next round
            if (!checkedOut) {
                desk(s -> s.recordPayment(cn, new PaymentRequest("CASH", new BigDecimal("9.00"), null)));
                desk(s -> s.checkOut(cn));
            }
            desk(s -> s.changeHousekeeping(room, new HousekeepingChange("CLEAN")));
        }
    }

    /** True if the call went through; false if the domain refused it (the loser of the race). */
    private static boolean succeeded(java.util.concurrent.Future<?> call) throws InterruptedException {
        try {
            call.get(30, java.util.concurrent.TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(StateConflictException.class);
            return false;
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("a call hung", e);
        }
    }

    @Test
    void theLastRoomCannotBeSoldTwiceAndAFailedBookingLeavesNothingBehind() {
        reservations(s -> s.book(request("One", 3), "DEMO"));
        reservations(s -> s.book(request("Two", 1), ReservationService.DESK_PHONE));
        assertThatThrownBy(() -> reservations(s -> s.book(request("Three", 1), "DEMO")))
                .isInstanceOf(NoAvailabilityException.class);
        long reservations = db.inTransaction(em -> em.createQuery("select count(r) from Reservation r", Long.class)
                .getSingleResult());
        assertThat(reservations).isEqualTo(2);
        // the same e-mail is the same guest ("Two" at the desk joins the profile "One" booked under),
        // and the refused booking left no profile behind
        long guests = db.inTransaction(em -> em.createQuery("select count(g) from Guest g", Long.class).getSingleResult());
        assertThat(guests).isEqualTo(1);
    }

    @Test
    void cancellationGivesTheRoomBack() {
        String cn = reservations(s -> s.book(request("Cancel", 2), "DEMO")).confirmationNumber();
        reservations(s -> s.book(request("Other", 2), "DEMO"));
        assertThatThrownBy(() -> reservations(s -> s.book(request("Third", 1), "DEMO")))
                .isInstanceOf(NoAvailabilityException.class);
        assertThat(reservations(s -> s.cancel(cn, "DEMO")).status()).isEqualTo("CANCELLED");
        assertThat(reservations(s -> s.book(request("Third", 1), "DEMO")).status()).isEqualTo("CONFIRMED");
    }

    @Test
    void searchTakesWhatTheClerkTypesLiterally() {
        reservations(s -> s.book(request("O_Neil", 1), ReservationService.DESK_PHONE));
        reservations(s -> s.book(request("Oxneil", 1), ReservationService.DESK_PHONE));
        List<ReservationSummary> underscore = reservations(s -> s.search("o_n", null, null, 20));
        assertThat(underscore).extracting(ReservationSummary::guestName).containsExactly("Grace O_Neil");
        List<ReservationSummary> percent = reservations(s -> s.search("%", null, null, 20));
        assertThat(percent).isEmpty();
        List<ReservationSummary> prefix = reservations(s -> s.search("ox", null, null, 20));
        assertThat(prefix).extracting(ReservationSummary::guestName).containsExactly("Grace Oxneil");
    }

    @Test
    void aChannelSeesOnlyItsOwnReservations() {
        String cn = reservations(s -> s.book(request("Mine", 1), "DEMO")).confirmationNumber();
        assertThat(reservations(s -> s.find(cn, "DEMO")).confirmationNumber()).isEqualTo(cn);
        assertThatThrownBy(() -> reservations(s -> s.find(cn, "OTA2"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reservations(s -> s.cancel(cn, "OTA2"))).isInstanceOf(NotFoundException.class);
        assertThat(reservations(s -> s.find(cn, null)).status()).isEqualTo("CONFIRMED");
    }

    @Test
    void invalidRequestsNameTheirFieldAndChangeNothing() {
        assertThatThrownBy(() -> reservations(s -> s.book(new BookingRequest("PENTHOUSE", "BAR", today,
                today.plusDays(1), 1, 0, new GuestDetails("A", "B", null, null), null, null, null, null), "DEMO")))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("roomType");
        assertThatThrownBy(() -> reservations(s -> s.book(new BookingRequest("STD", "BAR", today.plusDays(2),
                today.plusDays(1), 1, 0, new GuestDetails("A", "B", null, null), null, null, null, null), "DEMO")))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("departure");
        assertThatThrownBy(() -> reservations(s -> s.book(new BookingRequest("STD", "BAR", today.minusDays(1),
                today.plusDays(1), 1, 0, new GuestDetails("A", "B", null, null), null, null, null, null), "DEMO")))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("arrival");
        assertThatThrownBy(() -> reservations(s -> s.book(new BookingRequest("STD", "BAR", today,
                today.plusDays(1), 3, 0, new GuestDetails("A", "B", null, null), null, null, null, null), "DEMO")))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("adults");
        // a stay beyond the rates on sale is not available, rather than an error
        assertThatThrownBy(() -> reservations(s -> s.book(new BookingRequest("STD", "BAR", today.plusDays(8),
                today.plusDays(12), 1, 0, new GuestDetails("A", "B", null, null), null, null, null, null), "DEMO")))
                .isInstanceOf(NoAvailabilityException.class);
        long count = db.inTransaction(em -> em.createQuery("select count(r) from Reservation r", Long.class)
                .getSingleResult());
        assertThat(count).isZero();
        long sold = db.inTransaction(em -> em.createQuery("select coalesce(sum(i.sold), 0) from InventoryNight i", Long.class)
                .getSingleResult());
        assertThat(sold).isZero();
    }
}
