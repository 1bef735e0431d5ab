package org.innkeeper.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.application.dto.ModificationRequest;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.hotel.TaxPolicy;
import org.innkeeper.domain.inventory.NoAvailabilityException;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RatePolicies;
import org.innkeeper.domain.rate.RoomRate;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.infrastructure.persistence.Repositories;
import org.innkeeper.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every path that changes inventory, at once, with real threads on a real database: new bookings,
 * modifications onto the sold-out nights and off them, a cancellation, options lapsing and the
 * waitlist taking up what is freed. Afterwards, for every night, rooms sold ≤ rooms sellable, and the
 * inventory counts exactly the reservations that hold a room that night.
 */
class InventoryPathsRaceTest {

    private static final Instant NOW = Instant.parse("2027-05-01T08:00:00Z");
    private static final LocalDate D = LocalDate.of(2027, 6, 1);
    private static final int SELLABLE = 3;
    private static final int NEW_BOOKINGS = 12;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void noPathOversellsANightOrLosesCountOfARoom(TestDatabase.Kind kind) throws Exception {
        assumeTrue(kind == TestDatabase.Kind.H2 || TestDatabase.postgresqlAvailable(),
                "PostgreSQL is not running on 127.0.0.1:5432");
        MovableClock clock = new MovableClock(NOW);
        try (TestDatabase db = TestDatabase.of(kind)) {
            db.inTransaction(em -> {
                Hotel hotel = new Hotel("Race Hotel", "EUR", ZoneOffset.UTC, java.time.LocalDate.ofInstant(NOW, ZoneOffset.UTC));
                hotel.changeTaxes(new TaxPolicy(new BigDecimal("7"), true, new BigDecimal("1.00")));
                em.persist(hotel);
                RoomType std = new RoomType("STD", "Standard", 2, 0);
                em.persist(std);
                for (int i = 1; i <= SELLABLE; i++) {
                    em.persist(new Room("10" + i, 1, std));
                }
                RatePlan bar = new RatePlan("BAR", "Best Available Rate", null, 0, RatePolicies.flexible(24));
                em.persist(bar);
                for (LocalDate n = NOW.atZone(ZoneOffset.UTC).toLocalDate(); n.isBefore(D.plusDays(20)); n = n.plusDays(1)) {
                    em.persist(new RoomRate(bar, std, n, Money.of("100", "EUR")));
                }
                Repositories.bind(em).inventory().open(std, D.minusDays(5), D.plusDays(15), SELLABLE);
                return null;
            });
            Function3 book = (arrival, nights, name, optionUntil, waitlist) -> db.inTransaction(em ->
                    Services.bind(em, clock).reservations().book(new BookingRequest("STD", "BAR", arrival,
                            arrival.plusDays(nights), 1, 0, new GuestDetails("Test", name, null, null), null,
                            optionUntil, null, waitlist), "DEMO"));

            // D+2 and D+3 sold out: two confirmed, one option that will lapse; three guests wait for them.
            ReservationView x1 = book.apply(D.plusDays(2), 2, "X1", null, null);
            ReservationView x2 = book.apply(D.plusDays(2), 2, "X2", null, null);
            ReservationView option = book.apply(D.plusDays(2), 2, "Opt", NOW.plus(Duration.ofHours(1)), null);
            for (int i = 1; i <= 3; i++) {
                assertThat(book.apply(D.plusDays(2), 2, "W" + i, null, true).status()).isEqualTo("WAITLISTED");
            }
            // D+8 and D+9 sold out too, by three guests who will try to move onto D+2.
            List<ReservationView> movers = new ArrayList<>();
            for (int i = 1; i <= SELLABLE; i++) {
                movers.add(book.apply(D.plusDays(8), 2, "M" + i, null, null));
            }
            clock.set(NOW.plus(Duration.ofHours(2))); // the option has lapsed

            AtomicInteger booked = new AtomicInteger();
                List<Callable<Void>> clients = new ArrayList<>();
            for (int i = 0; i < NEW_BOOKINGS; i++) {
                int n = i;
                clients.add(() -> {
                    book.apply(D.plusDays(1 + n % 3), 2, "New" + n, null, null);
                    booked.incrementAndGet();
                    return null;
                });
            }
            for (ReservationView mover : movers) {
                clients.add(() -> {
                    modify(db, clock, mover.confirmationNumber(), new ModificationRequest(D.plusDays(2), D.plusDays(4), null, null, null));
                    return null;
                });
            }
            clients.add(() -> {
                Services s = db.inTransaction(em -> {
                    Services services = Services.bind(em, clock);
                    services.reservations().cancel(x1.confirmationNumber(), null);
                    return services;
                });
                offerAfterCommit(db, clock, s.freed);
                return null;
            });
            clients.add(() -> {
                Services s = db.inTransaction(em -> {
                    Services services = Services.bind(em, clock);
                    services.reservations().modify(x2.confirmationNumber(),
                            new ModificationRequest(D.plusDays(11), D.plusDays(13), null, null, null), null);
                    return services;
                });
                offerAfterCommit(db, clock, s.freed);
                return null;
            });
            clients.add(() -> {
                Services s = db.inTransaction(em -> {
                    Services services = Services.bind(em, clock);
                    services.reservations().expireOptions();
                    return services;
                });
                offerAfterCommit(db, clock, s.freed);
                return null;
            });

            List<Throwable> unexpected = RealThreads.race(clients, NoAvailabilityException.class);

            assertThat(unexpected).as("only 'no availability' may stop a change").isEmpty();
            List<Reservation> all = db.inTransaction(em -> em.createQuery(
                    "select r from Reservation r join fetch r.roomType join fetch r.guest", Reservation.class).getResultList());
            Map<LocalDate, Integer> sold = db.inTransaction(em -> em.createQuery(
                            "select i.night, i.sold, i.sellable from InventoryNight i", Object[].class)
                    .getResultStream().collect(Collectors.toMap(r -> (LocalDate) r[0], r -> {
                        assertThat((Integer) r[1]).as("sold on %s", r[0]).isLessThanOrEqualTo((Integer) r[2]);
                        return (Integer) r[1];
                    })));
            for (LocalDate night = D.minusDays(5); !night.isAfter(D.plusDays(15)); night = night.plusDays(1)) {
                LocalDate n = night;
                long holding = all.stream().filter(r -> r.status().holdsInventory() && r.stay().includesNight(n)).count();
                assertThat(sold.get(n)).as("rooms counted sold on %s", n).isEqualTo((int) holding);
            }
            Map<String, String> status = all.stream().collect(Collectors.toMap(r -> r.guest().lastName(),
                    r -> r.status().name()));
            assertThat(status.get("X1")).isEqualTo("CANCELLED");
            assertThat(status.get("Opt")).isEqualTo("CANCELLED");
            assertThat(all).filteredOn(r -> r.guest().lastName().equals("X2")).singleElement()
                    .satisfies(r -> assertThat(r.stay().arrival()).as("moved to free nights").isEqualTo(D.plusDays(11)));
            // Who got the freed rooms (new guests, movers or the waitlist) depends on the interleaving;
            // that they were counted exactly once is what the loop above proves.
            assertThat(booked.get()).isLessThanOrEqualTo(NEW_BOOKINGS);
        }
    }

    private static void modify(TestDatabase db, Clock clock, String cn, ModificationRequest change) {
        Services s = db.inTransaction(em -> {
            Services services = Services.bind(em, clock);
            services.reservations().modify(cn, change, null);
            return services;
        });
        offerAfterCommit(db, clock, s.freed);
    }

    /** What the container does after the commit: each waitlist step in a transaction of its own. */
    private static void offerAfterCommit(TestDatabase db, Clock clock, List<RoomsFreed> freed) {
        for (RoomsFreed f : freed) {
            List<Long> candidates = db.inTransaction(em -> Services.bind(em, clock).waitlist().candidates(f));
            for (Long id : candidates) {
                try {
                    db.inTransaction(em -> Services.bind(em, clock).waitlist().offer(id));
                } catch (NoAvailabilityException | StateConflictException takenMeanwhile) {
                    // as the container's WaitlistOffers does: the next request may fit
                }
            }
        }
    }

    @FunctionalInterface
    private interface Function3 {
        ReservationView apply(LocalDate arrival, int nights, String name, Instant optionUntil, Boolean waitlist);
    }
}
