package org.innkeeper.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.innkeeper.application.dto.AvailabilityView;
import org.innkeeper.application.dto.ChannelPrincipal;
import org.innkeeper.application.dto.OfferView;
import org.innkeeper.application.dto.PriceChange;
import org.innkeeper.application.dto.TaxSettings;
import org.innkeeper.domain.channel.Channel;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RoomRate;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.infrastructure.persistence.Repositories;
import org.innkeeper.infrastructure.persistence.SetupVersion;
import org.innkeeper.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hotel, room types, rate plans and channels a server keeps in memory ({@link ReferenceData}) are the
 * database's at every request: two servers on one database (two {@code ReferenceData}), one changes the setup,
 * the other's very next search or API call sees it. And what is held is really held: a change that bypasses the
 * setup number is not seen, which is what the number is for.
 */
class ReferenceDataTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final LocalDate ARRIVAL = TODAY.plusDays(10);

    private TestDatabase db;
    /** Two servers on one database. */
    private final ReferenceData serverA = new ReferenceData();
    private final ReferenceData serverB = new ReferenceData();

    private void open(TestDatabase.Kind kind) {
        assumeTrue(kind == TestDatabase.Kind.H2 || TestDatabase.postgresqlAvailable(),
                "PostgreSQL is not running on 127.0.0.1:5432");
        db = TestDatabase.of(kind);
        db.inTransaction(em -> {
            em.persist(new Hotel("Test Hotel", "EUR", ZoneOffset.UTC, TODAY));
            RoomType std = new RoomType("STD", "Standard", 2, 0);
            em.persist(std);
            RatePlan bar = new RatePlan("BAR", "Best Available Rate", null, 0);
            RatePlan nrf = new RatePlan("NRF", "Non-refundable", null, 1);
            nrf.deriveFrom(bar, new BigDecimal("-10"));
            em.persist(bar);
            em.persist(nrf);
            for (LocalDate n = TODAY; n.isBefore(TODAY.plusDays(30)); n = n.plusDays(1)) {
                em.persist(new RoomRate(bar, std, n, Money.of("100", "EUR")));
            }
            Repositories.bind(em).inventory().open(std, TODAY, TODAY.plusDays(30), 5);
            em.persist(new Channel("OTA", "An OTA", "ota-key-0123456789"));
            return null;
        });
    }

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    /** As a request on {@code server}: a transaction of its own, the server's reference data. */
    private <T> T on(ReferenceData server, Function<Services, T> work) {
        return db.inTransaction(em -> {
            server.em = em;
            server.emf = em.getEntityManagerFactory();
            server.snapshots = org.innkeeper.infrastructure.persistence.SalesSnapshots.on(em);
            Services s = Services.bind(em);
            return work.apply(s);
        });
    }

    private Map<String, BigDecimal> offers(ReferenceData server) {
        AvailabilityView view = on(server, s -> {
            DefaultAvailabilityService a = s.availability();
            a.reference = server;
            return a.search(ARRIVAL, ARRIVAL.plusDays(2), 2, 0);
        });
        return view.offers().stream().collect(Collectors.toMap(OfferView::ratePlan, OfferView::total));
    }

    private java.util.Optional<ChannelPrincipal> channel(String apiKey) {
        return on(serverA, s -> serverA.committed().channelForApiKey(apiKey)); // as the API key check reads it
    }

    private void change(Function<EntityManager, ?> work) {
        db.inTransaction(work::apply);
    }

    private static RatePlan plan(EntityManager em, String code) {
        return Repositories.bind(em).rates().ratePlan(code).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aChangeOfPricesPlansOrTaxesThroughOneServerIsSeenByTheOthersNextSearch(TestDatabase.Kind kind) {
        open(kind);
        assertThat(offers(serverA)).containsOnlyKeys("BAR", "NRF");
        assertThat(offers(serverA).get("BAR")).isEqualByComparingTo("200");
        assertThat(offers(serverA).get("NRF")).isEqualByComparingTo("180");

        on(serverB, s -> s.setup().setPrices(new PriceChange("BAR", "STD", ARRIVAL, ARRIVAL.plusDays(1),
                java.util.EnumSet.allOf(java.time.DayOfWeek.class),
                new BigDecimal("130"))));
        assertThat(offers(serverA).get("BAR")).as("a price set on B").isEqualByComparingTo("260");
        assertThat(offers(serverA).get("NRF")).as("the derived plan follows").isEqualByComparingTo("234");

        change(em -> {
            plan(em, "NRF").deriveFrom(plan(em, "BAR"), new BigDecimal("-20"));
            return null;
        });
        assertThat(offers(serverA).get("NRF")).as("the plan's new discount").isEqualByComparingTo("208");

        change(em -> {
            plan(em, "NRF").activate(false);
            return null;
        });
        assertThat(offers(serverA)).as("a plan taken off sale").containsOnlyKeys("BAR");

        on(serverB, s -> s.setup().saveTaxes(new TaxSettings(new BigDecimal("10"), false, new BigDecimal("2"), false, "EUR")));
        assertThat(offers(serverA).get("BAR")).as("taxes added on B: 260 + 10 % VAT + 2 × 2 × 2 city tax")
                .isEqualByComparingTo("294");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aNewChannelOrItsNewRateLimitIsKnownAtItsNextCall(TestDatabase.Kind kind) {
        open(kind);
        assertThat(channel("ota-key-0123456789"))
                .contains(new ChannelPrincipal("OTA", "An OTA", null));
        assertThat(channel("new-key-0123456789")).isEmpty();

        change(em -> {
            em.persist(new Channel("NEW", "A new channel", "new-key-0123456789"));
            em.createQuery("select c from Channel c where c.code = 'OTA'", Channel.class).getSingleResult().limitRequests(5);
            return null;
        });
        assertThat(channel("new-key-0123456789").map(ChannelPrincipal::code))
                .contains("NEW");
        assertThat(channel("ota-key-0123456789"))
                .contains(new ChannelPrincipal("OTA", "An OTA", 5));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theDataIsHeldUntilTheSetupNumberMovesAndEveryWriteOfItMovesIt(TestDatabase.Kind kind) {
        open(kind);
        long before = db.inTransaction(SetupVersion::read);
        assertThat(offers(serverA)).containsKey("NRF");

        // a write that bypasses Hibernate and the number: the server keeps what it holds
        change(em -> em.createNativeQuery("update rate_plan set active = false where code = 'NRF'").executeUpdate());
        assertThat(offers(serverA)).as("held, not read again").containsKey("NRF");
        assertThat(offers(serverB)).as("a server reading it afresh").doesNotContainKey("NRF");
        assertThat(db.inTransaction(SetupVersion::read)).isEqualTo(before);

        // another server's write moves the number in the same transaction: read again
        change(em -> {
            plan(em, "BAR").rename("Best Available", null);
            return null;
        });
        assertThat(db.inTransaction(SetupVersion::read)).isGreaterThan(before);
        assertThat(offers(serverA)).containsOnlyKeys("BAR");

        // the night audit moves the business date: a new number too
        long beforeAudit = db.inTransaction(SetupVersion::read);
        Services.businessDay(db, TODAY.plusDays(1));
        assertThat(db.inTransaction(SetupVersion::read)).isGreaterThan(beforeAudit);
        LocalDate businessDate = on(serverA, s -> serverA.current().requireHotel().businessDate());
        assertThat(businessDate).isEqualTo(TODAY.plusDays(1));
    }

    /** A booking takes the hotel (its business date) from what the server holds: the night audit's move is seen. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aBookingKnowsTheBusinessDateTheNightAuditMovedOnAnotherServer(TestDatabase.Kind kind) {
        open(kind);
        java.util.function.Function<LocalDate, String> bookArrivingOn = arrival -> on(serverA, s -> {
            DefaultReservationService reservations = s.reservations();
            reservations.setup = serverA;
            return reservations.book(new org.innkeeper.application.dto.BookingRequest("STD", "BAR", arrival,
                    arrival.plusDays(1), 2, 0, new org.innkeeper.application.dto.GuestDetails("Ada", "Lovelace",
                    "ada@example.org", null), null, null, null, null), "OTA").confirmationNumber();
        });
        assertThat(bookArrivingOn.apply(TODAY)).isNotBlank();

        Services.businessDay(db, TODAY.plusDays(1));
        assertThatThrownBy(() -> bookArrivingOn.apply(TODAY)).as("today is yesterday now")
                .isInstanceOf(org.innkeeper.domain.shared.InvalidValueException.class);
        assertThat(bookArrivingOn.apply(TODAY.plusDays(1))).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void whatIsHeldIsDetachedAndNeverWrittenBackByACallersTransaction(TestDatabase.Kind kind) {
        open(kind);
        RoomType held = on(serverA, s -> serverA.current().roomTypes().get(0));
        long version = db.inTransaction(SetupVersion::read);
        on(serverA, s -> {
            serverA.current(); // the same objects, in a transaction that then commits
            return null;
        });
        assertThat(db.inTransaction(SetupVersion::read)).isEqualTo(version);
        boolean managed = db.inTransaction(em -> em.contains(held));
        assertThat(managed).isFalse();
        assertThat(List.of(held.code())).containsExactly("STD");
    }
}
