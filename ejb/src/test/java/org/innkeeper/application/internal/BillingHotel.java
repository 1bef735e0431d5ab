package org.innkeeper.application.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.hotel.TaxPolicy;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RatePolicies;
import org.innkeeper.domain.rate.RoomRate;
import org.innkeeper.domain.room.HousekeepingStatus;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.infrastructure.persistence.Repositories;
import org.innkeeper.infrastructure.persistence.TestDatabase;

/**
 * The hotel the billing tests bill in: VAT 7 % included in room prices, 2.50 city tax per adult and
 * night, a legal identity for its invoices, standard rooms 101… ready, BAR at 107.00 a night for 20
 * nights, and minibar and restaurant at 19 % VAT.
 */
final class BillingHotel {

    private BillingHotel() {
    }

    /** A fresh database with the hotel, opening for business on {@code today}; skips when PostgreSQL is not there. */
    static TestDatabase open(TestDatabase.Kind kind, LocalDate today, int rooms) {
        assumeTrue(kind == TestDatabase.Kind.H2 || TestDatabase.postgresqlAvailable(),
                "PostgreSQL is not running on 127.0.0.1:5432");
        TestDatabase db = TestDatabase.of(kind);
        db.inTransaction(em -> {
            Hotel hotel = new Hotel("Invoice Hotel", "EUR", ZoneOffset.UTC, today);
            hotel.changeTaxes(new TaxPolicy(new BigDecimal("7"), true, new BigDecimal("2.50")));
            hotel.changeLegalDetails("Invoice Hotel GmbH", "Am Markt 1, 04109 Leipzig", "DE987654321");
            em.persist(hotel);
            RoomType std = new RoomType("STD", "Standard", 2, 0);
            em.persist(std);
            for (int i = 1; i <= rooms; i++) {
                Room room = new Room(String.valueOf(100 + i), 1, std);
                room.changeHousekeeping(HousekeepingStatus.INSPECTED);
                em.persist(room);
            }
            RatePlan bar = new RatePlan("BAR", "Best Available Rate", null, 0, RatePolicies.flexible(24));
            em.persist(bar);
            for (LocalDate n = today; n.isBefore(today.plusDays(20)); n = n.plusDays(1)) {
                em.persist(new RoomRate(bar, std, n, Money.of("107", "EUR")));
            }
            Repositories.bind(em).inventory().open(std, today, today.plusDays(20), rooms);
            em.createQuery("update Article a set a.vatPercent = 19 where a.code in ('MINIBAR', 'RESTAURANT')")
                    .executeUpdate();
            return null;
        });
        return db;
    }
}
