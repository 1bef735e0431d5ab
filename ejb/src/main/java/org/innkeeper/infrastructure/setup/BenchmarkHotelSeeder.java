package org.innkeeper.infrastructure.setup;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.innkeeper.domain.channel.Channel;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.hotel.TaxPolicy;
import org.innkeeper.domain.inventory.InventoryRepository;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RatePolicies;
import org.innkeeper.domain.rate.RoomRate;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.staff.StaffRole;
import org.innkeeper.domain.staff.StaffUser;

/**
 * Builds the hotel the load generator (module {@code benchmark}) drives: 500 rooms in 20 room types
 * of 25, a best available rate per type priced for every night of the year from today and a
 * non-refundable rate derived from it, no reservations, one channel for the generator and a
 * manager login for its invariant check. Rows go in through JPA in batches (the persistence
 * unit batches inserts), a few seconds on H2 or PostgreSQL.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BenchmarkHotelSeeder {

    public static final int ROOM_TYPES = 20;
    public static final int ROOMS_PER_TYPE = 25;
    /** Nights on sale and priced, from the business date on. */
    public static final int NIGHTS_ON_SALE = 366;
    public static final String CHANNEL = "BENCH";
    public static final String CHANNEL_API_KEY = "bench-channel-key";
    /** The staff login the generator reads the availability grid with (manager and front desk). */
    public static final String STAFF_USER = "bench-manager";
    public static final String STAFF_PASSWORD = "bench-manager";
    private static final String CURRENCY = "EUR";
    private static final Logger LOG = Logger.getLogger(BenchmarkHotelSeeder.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    InventoryRepository inventory;

    record TypeSpec(String code, String name, int maxOccupancy, int basePrice) {
    }

    static final List<TypeSpec> TYPES = List.of(
            new TypeSpec("SGL", "Single", 1, 79),
            new TypeSpec("STD", "Standard Double", 2, 99),
            new TypeSpec("STT", "Standard Twin", 2, 99),
            new TypeSpec("ACC", "Accessible Double", 2, 99),
            new TypeSpec("SUP", "Superior Double", 2, 119),
            new TypeSpec("SUT", "Superior Twin", 2, 119),
            new TypeSpec("GDN", "Garden Room", 2, 129),
            new TypeSpec("TER", "Terrace Room", 2, 139),
            new TypeSpec("DLX", "Deluxe King", 2, 149),
            new TypeSpec("DLT", "Deluxe Twin", 2, 149),
            new TypeSpec("STU", "Studio", 2, 139),
            new TypeSpec("EXE", "Executive King", 2, 179),
            new TypeSpec("FAM", "Family Room", 4, 169),
            new TypeSpec("FAP", "Family Plus", 4, 189),
            new TypeSpec("APT", "Apartment", 4, 209),
            new TypeSpec("LFT", "Loft", 3, 199),
            new TypeSpec("JST", "Junior Suite", 3, 229),
            new TypeSpec("STE", "Suite", 3, 289),
            new TypeSpec("PST", "Panorama Suite", 3, 349),
            new TypeSpec("PEN", "Penthouse", 4, 499));

    static final TaxPolicy TAXES = new TaxPolicy(new BigDecimal("7.00"), true, new BigDecimal("2.50"));

    /** Whether a hotel is there already (the seeder then does nothing). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean seeded() {
        return em.find(Hotel.class, Hotel.THE_HOTEL) != null;
    }

    public void seed() {
        long started = System.nanoTime();
        org.innkeeper.infrastructure.history.AuditBaseline.seeding(em);
        ZoneId zone = ZoneId.systemDefault();
        Hotel hotel = new Hotel("Innkeeper Benchmark Hotel", CURRENCY, zone, LocalDate.now(zone));
        hotel.changeTaxes(TAXES);
        em.persist(hotel);
        LocalDate today = LocalDate.now(zone);
        em.persist(new StaffUser(STAFF_USER, "Benchmark Manager", STAFF_PASSWORD,
                EnumSet.of(StaffRole.MANAGER, StaffRole.FRONT_DESK)));
        em.persist(new Channel(CHANNEL, "Benchmark Channel", CHANNEL_API_KEY));

        RatePlan bar = new RatePlan("BAR", "Best Available Rate", "Flexible: free cancellation until the day before arrival",
                0, RatePolicies.flexible(24));
        bar.changeInclusions(false, new BigDecimal("30"), new BigDecimal("15"));
        RatePlan nrf = new RatePlan("NRF", "Non-refundable", "10 % below the best available rate, paid at booking",
                1, RatePolicies.nonRefundable());
        nrf.deriveFrom(bar, new BigDecimal("-10"));
        nrf.changeInclusions(false, new BigDecimal("27"), new BigDecimal("13.50"));
        em.persist(bar);
        em.persist(nrf);

        List<Long> typeIds = new ArrayList<>();
        int order = 0;
        int index = 0;
        for (TypeSpec spec : TYPES) {
            RoomType type = new RoomType(spec.code(), spec.name(), spec.maxOccupancy(), order++);
            em.persist(type);
            typeIds.add(type.id());
            for (int i = 0; i < ROOMS_PER_TYPE; i++, index++) {
                int floor = 1 + index / 50;
                em.persist(new Room(String.valueOf(floor * 100 + index % 50 + 1), floor, type));
            }
        }
        em.flush();
        em.clear();

        LocalDate last = today.plusDays(NIGHTS_ON_SALE - 1L);
        for (int t = 0; t < TYPES.size(); t++) {
            RoomType type = em.getReference(RoomType.class, typeIds.get(t));
            RatePlan plan = em.getReference(RatePlan.class, bar.id());
            for (LocalDate night = today; !night.isAfter(last); night = night.plusDays(1)) {
                em.persist(new RoomRate(plan, type, night, price(TYPES.get(t), night)));
            }
            inventory.open(type, today, last, ROOMS_PER_TYPE);
            em.flush();
            em.clear();
        }
        org.innkeeper.infrastructure.history.AuditBaseline.record(em, java.time.Instant.now());
        LOG.info(() -> "Benchmark hotel seeded: " + ROOM_TYPES * ROOMS_PER_TYPE + " rooms in " + ROOM_TYPES
                + " room types, " + NIGHTS_ON_SALE + " nights on sale from " + today + ", in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** The best available rate: by type, season and weekday (the non-refundable rate follows it). */
    static Money price(TypeSpec spec, LocalDate night) {
        double season = switch (night.getMonth()) {
            case JUNE, JULY, AUGUST, SEPTEMBER -> 1.25;
            case DECEMBER -> 1.15;
            case JANUARY, FEBRUARY -> 0.85;
            default -> 1.0;
        };
        boolean weekend = night.getDayOfWeek() == DayOfWeek.FRIDAY || night.getDayOfWeek() == DayOfWeek.SATURDAY;
        return Money.of(BigDecimal.valueOf(spec.basePrice() * season * (weekend ? 1.10 : 1.0))
                .setScale(0, RoundingMode.HALF_UP), CURRENCY);
    }
}
