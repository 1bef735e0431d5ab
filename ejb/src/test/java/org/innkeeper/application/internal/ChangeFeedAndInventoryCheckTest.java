package org.innkeeper.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.application.dto.InventoryCheckView;
import org.innkeeper.application.dto.ReservationChangesView;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.StayPeriod;
import org.innkeeper.infrastructure.persistence.Repositories;
import org.innkeeper.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The channels' change feed and the inventory check on H2 and PostgreSQL: a change that commits after
 * a later one was read is still delivered (real threads, one transaction held open), a page full of
 * changes made at one instant ends and gives each once (the feed and {@code modifiedSince} with its
 * tie-breaker), a double release of rooms fails and changes nothing, and a corrupted inventory row is
 * reported by the check.
 */
class ChangeFeedAndInventoryCheckTest {

    private static final Instant NOW = Instant.parse("2027-04-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    private final MovableClock clock = new MovableClock(NOW);

    private static <T> T in(TestDatabase db, MovableClock clock, Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(Services.bind(em, clock, db)));
    }

    private ReservationView book(TestDatabase db, String lastName, int arrivalInDays) {
        return in(db, clock, s -> s.reservations().book(new BookingRequest("STD", "BAR", TODAY.plusDays(arrivalInDays),
                TODAY.plusDays(arrivalInDays + 2), 1, 0, new GuestDetails("Feed", lastName, null, null), null, null,
                null, null), "DEMO"));
    }

    private ReservationChangesView changes(TestDatabase db, String cursor, int limit) {
        return in(db, clock, s -> s.reservations().changes("DEMO", cursor, limit));
    }

    private static List<String> numbers(List<ReservationView> views) {
        return views.stream().map(ReservationView::confirmationNumber).toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aChangeCommittedAfterALaterOneWasReadIsStillDelivered(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = BillingHotel.open(kind, TODAY, 4)) {
            ReservationView early = book(db, "Early", 3);
            ReservationView late = book(db, "Late", 5);
            ReservationChangesView first = changes(db, null, 50);
            assertThat(numbers(first.items())).containsExactly(early.confirmationNumber(), late.confirmationNumber());

            // "Early" is guaranteed at 09:01 in a transaction that stays open; "Late" at 09:02, committed at once.
            CountDownLatch written = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            ExecutorService thread = Executors.newSingleThreadExecutor();
            clock.set(NOW.plusSeconds(60));
            Future<?> slow = thread.submit(() -> db.inTransaction(em -> {
                Services.bind(em, clock, db).reservations().guarantee(early.confirmationNumber(), "1111", null);
                em.flush(); // the row is written and locked, not committed
                written.countDown();
                await(commit);
                return null;
            }));
            assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
            clock.set(NOW.plusSeconds(120));
            ReservationView lateGuaranteed = in(db, clock, s -> s.reservations().guarantee(late.confirmationNumber(), "2222", null));

            ReservationChangesView whileOpen = changes(db, first.nextCursor(), 50);
            assertThat(numbers(whileOpen.items())).as("only what has committed").containsExactly(late.confirmationNumber());

            commit.countDown();
            slow.get(30, TimeUnit.SECONDS);
            thread.shutdown();

            // Paged by the clock, a channel that read "Late" at 09:02 would never see "Early" changed at 09:01 ...
            assertThat(numbers(in(db, clock, s -> s.reservations().modifiedSince("DEMO", lateGuaranteed.modifiedAt(), 50))))
                    .doesNotContain(early.confirmationNumber());
            // ... the feed delivers it after the cursor it was read with, in its committed state.
            ReservationChangesView after = changes(db, whileOpen.nextCursor(), 50);
            assertThat(after.items()).singleElement().satisfies(r -> {
                assertThat(r.confirmationNumber()).isEqualTo(early.confirmationNumber());
                assertThat(r.status()).isEqualTo("GUARANTEED");
            });
            assertThat(changes(db, after.nextCursor(), 50).items()).as("nothing twice").isEmpty();
            assertThat(changes(db, after.nextCursor(), 50).nextCursor()).isEqualTo(after.nextCursor());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void pagesOfChangesMadeAtOneInstantEndAndGiveEachOnce(TestDatabase.Kind kind) {
        try (TestDatabase db = BillingHotel.open(kind, TODAY, 7)) {
            List<String> booked = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                booked.add(book(db, "Same" + i, 2).confirmationNumber()); // all at 09:00, like options lapsing together
            }
            // The old way, paging on from the last modifiedAt alone, is given the same page again: forever.
            List<ReservationView> firstPage = in(db, clock, s -> s.reservations().modifiedSince("DEMO", NOW.minusSeconds(1), 3));
            assertThat(numbers(firstPage)).containsExactlyElementsOf(booked.subList(0, 3));
            assertThat(numbers(in(db, clock, s -> s.reservations().modifiedSince("DEMO",
                    firstPage.get(2).modifiedAt(), 3)))).isEqualTo(numbers(firstPage));

            List<String> byClock = new ArrayList<>();
            Instant since = NOW.minusSeconds(1);
            String after = null;
            for (int page = 0; page < 10; page++) {
                Instant from = since;
                String last = after;
                List<ReservationView> got = in(db, clock, s -> s.reservations().modifiedSince("DEMO", from, last, 3));
                if (got.isEmpty()) {
                    break;
                }
                byClock.addAll(numbers(got));
                since = got.get(got.size() - 1).modifiedAt();
                after = got.get(got.size() - 1).confirmationNumber();
            }
            assertThat(byClock).containsExactlyElementsOf(booked);

            List<String> byFeed = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            ReservationChangesView page;
            do {
                page = changes(db, cursor, 3);
                byFeed.addAll(numbers(page.items()));
                cursor = page.nextCursor();
                pages++;
            } while (page.more() && pages < 10);
            assertThat(pages).isEqualTo(3);
            assertThat(byFeed).containsExactlyElementsOf(booked);
            assertThatThrownBy(() -> changes(db, "not-a-cursor", 3)).isInstanceOf(InvalidValueException.class)
                    .extracting("field").isEqualTo("cursor");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aDoubleReleaseFailsAndTheCheckReportsACorruptedNight(TestDatabase.Kind kind) {
        try (TestDatabase db = BillingHotel.open(kind, TODAY, 3)) {
            ReservationView held = book(db, "Held", 4);
            ReservationView cancelled = book(db, "Cancelled", 4);
            in(db, clock, s -> s.reservations().cancel(cancelled.confirmationNumber(), null));
            assertThat(in(db, clock, s -> s.availability().inventoryCheck(null, null)).consistent()).isTrue();

            // Giving the cancelled reservation's rooms back again would hide a bug: it fails, nothing changes.
            StayPeriod stay = new StayPeriod(TODAY.plusDays(4), TODAY.plusDays(6));
            assertThatThrownBy(() -> db.inTransaction(em -> {
                Repositories repos = Repositories.bind(em);
                RoomType std = repos.rooms().roomType("STD").orElseThrow();
                repos.inventory().release(std, stay, 1); // the held room: fine on its own
                repos.inventory().release(std, stay, 1); // the cancelled one, a second time
                return null;
            })).isInstanceOf(IllegalStateException.class).hasMessageContaining("inventory out of step");
            assertThat(db.total("select sum(i.sold) from InventoryNight i")).as("rolled back whole").isEqualTo(2);

            db.inTransaction(em -> em.createQuery("update InventoryNight i set i.sold = i.sold + 1 where i.night = :n")
                    .setParameter("n", TODAY.plusDays(5)).executeUpdate());
            InventoryCheckView check = in(db, clock, s -> s.availability().inventoryCheck(null, null));
            assertThat(check.consistent()).isFalse();
            assertThat(check.differences()).singleElement().satisfies(d -> {
                assertThat(d.roomType()).isEqualTo("STD");
                assertThat(d.night()).isEqualTo(TODAY.plusDays(5));
                assertThat(d.sold()).isEqualTo(2);
                assertThat(d.held()).isEqualTo(1);
                assertThat(d.difference()).isEqualTo(1);
            });
            assertThat(held.status()).isEqualTo("CONFIRMED");
            assertThatThrownBy(() -> in(db, clock, s -> s.availability().inventoryCheck(TODAY, TODAY)))
                    .isInstanceOf(InvalidValueException.class);
        }
    }
}
