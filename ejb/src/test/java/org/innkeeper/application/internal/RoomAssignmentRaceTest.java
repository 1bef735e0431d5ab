package org.innkeeper.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.innkeeper.application.dto.AssignRoomRequest;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.CheckInRequest;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.application.dto.RoomBlockRequest;
import org.innkeeper.application.dto.RoomMoveRequest;
import org.innkeeper.application.dto.StayChangeRequest;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.hotel.TaxPolicy;
import org.innkeeper.domain.inventory.NoAvailabilityException;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RatePolicies;
import org.innkeeper.domain.rate.RoomRate;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationStatus;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.infrastructure.persistence.Repositories;
import org.innkeeper.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every path that gives a stay a room, at once, with real threads on a real database, all after
 * the same rooms on overlapping nights: pre-assignment, check-in, a room move, an extension,
 * auto-assignment and an out-of-order block. Afterwards no room is held by two stays (or a stay
 * and an out-of-order period) on any night, every stay holds exactly the nights of its room it
 * should, and at most one of those after room x01 on the contested night got it (the one holding it).
 */
class RoomAssignmentRaceTest {

    private static final Instant NOW = Instant.parse("2027-05-01T16:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 5, 1);
    private static final int ROUNDS = 3;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void noRoomIsEverGivenToTwoStaysOnOneNight(TestDatabase.Kind kind) throws Exception {
        assumeTrue(kind == TestDatabase.Kind.H2 || TestDatabase.postgresqlAvailable(),
                "PostgreSQL is not running on 127.0.0.1:5432");
        MovableClock clock = new MovableClock(NOW);
        try (TestDatabase db = TestDatabase.of(kind)) {
            setUp(db);
            for (int round = 0; round < ROUNDS; round++) {
                // each round a week later, with its own guests
                clock.set(NOW.plus(java.time.Duration.ofDays(7L * round)));
                Services.businessDay(db, TODAY.plusDays(7L * round));
                race(db, clock, TODAY.plusDays(7L * round), round);
            }
        }
    }

    private static void setUp(TestDatabase db) {
        db.inTransaction(em -> {
            Hotel hotel = new Hotel("Race Hotel", "EUR", ZoneOffset.UTC, java.time.LocalDate.ofInstant(NOW, ZoneOffset.UTC));
            hotel.changeTaxes(new TaxPolicy(new BigDecimal("7"), true, BigDecimal.ZERO));
            em.persist(hotel);
            RoomType std = new RoomType("STD", "Standard", 2, 0);
            em.persist(std);
            for (int round = 1; round <= ROUNDS; round++) {
                for (int i = 1; i <= 6; i++) {
                    em.persist(new Room(String.valueOf(round * 100 + i), round, std));
                }
            }
            RatePlan bar = new RatePlan("BAR", "Best Available Rate", null, 0, RatePolicies.flexible(24));
            em.persist(bar);
            for (LocalDate n = TODAY.minusDays(3); n.isBefore(TODAY.plusDays(40)); n = n.plusDays(1)) {
                em.persist(new RoomRate(bar, std, n, Money.of("100", "EUR")));
            }
            Repositories.bind(em).inventory().open(std, TODAY.minusDays(3), TODAY.plusDays(40), 6 * ROUNDS);
            return null;
        });
    }

    private static void race(TestDatabase db, MovableClock clock, LocalDate today, int round) throws Exception {
        // this round's rooms: x01 to x06 on floor x
        String r1 = room(round, 1);
        String r2 = room(round, 2);
        String r3 = room(round, 3);
        Consumer<Consumer<Services>> tx = work -> db.inTransaction(em -> {
            work.accept(Services.bind(em, clock, db));
            return null;
        });
        Map<String, String> cn = new HashMap<>();
        // Two guests in the house: G1 in x02 until today+4, G2 in x03 until today+1.
        cn.put("G1", book(db, clock, today, 4, "G1" + round));
        cn.put("G2", book(db, clock, today, 1, "G2" + round));
        tx.accept(s -> s.arrival().checkIn(cn.get("G1"), new CheckInRequest(r2, "PASSPORT", "G1000" + round)));
        tx.accept(s -> s.arrival().checkIn(cn.get("G2"), new CheckInRequest(r3, "PASSPORT", "G2000" + round)));
        cn.put("R1", book(db, clock, today.plusDays(1), 2, "R1" + round));
        cn.put("R2", book(db, clock, today.plusDays(2), 2, "R2" + round));
        cn.put("R3", book(db, clock, today, 3, "R3" + round));
        cn.put("R4", book(db, clock, today.plusDays(1), 2, "R4" + round));

        // after room x01 on the night today+2: R1, R2 (pre-assigned), R3 (checked in), G1 (moved)
        Map<String, Boolean> wonRoom101 = new ConcurrentHashMap<>();
        List<Callable<Void>> clients = new ArrayList<>();
        clients.add(() -> {
            tx.accept(s -> s.arrival().assignRoom(cn.get("R1"), new AssignRoomRequest(r1, null)));
            wonRoom101.put("R1", true);
            return null;
        });
        clients.add(() -> {
            tx.accept(s -> s.arrival().assignRoom(cn.get("R2"), new AssignRoomRequest(r1, null)));
            wonRoom101.put("R2", true);
            return null;
        });
        clients.add(() -> {
            tx.accept(s -> s.arrival().checkIn(cn.get("R3"), new CheckInRequest(r1, "PASSPORT", "R3000" + round)));
            wonRoom101.put("R3", true);
            return null;
        });
        clients.add(() -> {
            tx.accept(s -> s.stay().moveRoom(cn.get("G1"), new RoomMoveRequest(r1, "noise", null)));
            wonRoom101.put("G1", true);
            return null;
        });
        // after room x03 from today+1: G2 (extended), R4 (pre-assigned), an out-of-order block
        clients.add(() -> {
            tx.accept(s -> s.stay().extend(cn.get("G2"), new StayChangeRequest(today.plusDays(3))));
            return null;
        });
        clients.add(() -> {
            tx.accept(s -> s.arrival().assignRoom(cn.get("R4"), new AssignRoomRequest(r3, null)));
            return null;
        });
        clients.add(() -> {
            tx.accept(s -> s.stay().blockRoom(r3, new RoomBlockRequest("OUT_OF_ORDER", today.plusDays(2),
                    today.plusDays(4), "leak", null)));
            return null;
        });
        // and auto-assignment of tomorrow's arrivals, taking whatever is free
        clients.add(() -> {
            tx.accept(s -> s.arrival().autoAssign(today.plusDays(1)));
            return null;
        });

        // a refusal: someone else had the room (or auto-assignment gave this guest one meanwhile)
        List<Throwable> unexpected = RealThreads.race(clients, StateConflictException.class,
                NoAvailabilityException.class, org.innkeeper.domain.shared.InvalidValueException.class);

        assertThat(unexpected).as("only a refusal may stop a path").isEmpty();
        // room x01 on the contested night: held by exactly the one that won it (or, if all four were
        // refused, by the guest auto-assignment gave it to first)
        Long holder = db.inTransaction(em -> {
            List<?> ids = em.createNativeQuery("select n.reservation_id from room_night n"
                            + " join room r on r.id = n.room_id where r.room_number = ?1 and n.night = ?2")
                    .setParameter(1, r1).setParameter(2, today.plusDays(2)).getResultList();
            return ids.isEmpty() || ids.get(0) == null ? null : ((Number) ids.get(0)).longValue();
        });
        assertThat(wonRoom101.size()).as("stays that got room %s for the night of %s", r1, today.plusDays(2))
                .isLessThanOrEqualTo(1);
        assertThat(holder).as("someone holds room %s that night", r1).isNotNull();
        if (!wonRoom101.isEmpty()) {
            String winner = cn.get(wonRoom101.keySet().iterator().next());
            String holding = db.inTransaction(em -> em.find(Reservation.class, holder).confirmationNumber().value());
            assertThat(holding).isEqualTo(winner);
        }
        assertInvariant(db, clock);
    }

    /** Every stay holds its room's nights from today on, nobody else does, and no night is held twice. */
    private static void assertInvariant(TestDatabase db, MovableClock clock) {
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        List<Object[]> held = db.inTransaction(em -> em.createNativeQuery(
                "select room_id, night, reservation_id, room_block_id from room_night", Object[].class).getResultList());
        Set<String> expected = new HashSet<>();
        List<Reservation> all = db.inTransaction(em -> em.createQuery(
                "select r from Reservation r left join fetch r.room", Reservation.class).getResultList());
        for (Reservation r : all) {
            boolean holdsRoom = r.room() != null && (r.status().isUpcoming() || r.status() == ReservationStatus.IN_HOUSE);
            if (holdsRoom) {
                for (LocalDate n = r.stay().arrival(); n.isBefore(r.stay().departure()); n = n.plusDays(1)) {
                    if (!n.isBefore(today)) {
                        expected.add(r.room().id() + "/" + n + "/" + r.id());
                    }
                }
            }
        }
        Set<String> heldByStays = new HashSet<>();
        Map<String, Integer> holdersPerNight = new HashMap<>();
        for (Object[] row : held) {
            LocalDate night = row[1] instanceof LocalDate d ? d : ((java.sql.Date) row[1]).toLocalDate();
            holdersPerNight.merge(row[0] + "/" + night, 1, Integer::sum);
            if (row[2] != null && !night.isBefore(today)) {
                heldByStays.add(row[0] + "/" + night + "/" + ((Number) row[2]).longValue());
            }
        }
        assertThat(holdersPerNight.values()).as("holders of a room on a night").allMatch(count -> count == 1);
        assertThat(heldByStays).as("room nights held by stays, from today on").isEqualTo(expected);
        // a stay and its overlapping neighbours never share a room
        for (Reservation a : all) {
            for (Reservation b : all) {
                if (a != b && a.room() != null && b.room() != null && a.room().id().equals(b.room().id())
                        && active(a) && active(b)) {
                    boolean overlap = a.stay().arrival().isBefore(b.stay().departure())
                            && b.stay().arrival().isBefore(a.stay().departure());
                    assertThat(overlap).as("%s and %s both in room %s", a.confirmationNumber(), b.confirmationNumber(),
                            a.room().number()).isFalse();
                }
            }
        }
    }

    private static String room(int round, int i) {
        return String.valueOf((round + 1) * 100 + i);
    }

    private static boolean active(Reservation r) {
        return r.status().isUpcoming() || r.status() == ReservationStatus.IN_HOUSE;
    }

    private static String book(TestDatabase db, MovableClock clock, LocalDate arrival, int nights, String name) {
        return db.inTransaction(em -> Services.bind(em, clock).reservations().book(new BookingRequest("STD", "BAR",
                arrival, arrival.plusDays(nights), 1, 0, new GuestDetails("Race", name, null, null), null, null, null,
                null), "DEMO")).confirmationNumber();
    }
}
