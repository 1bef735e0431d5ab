package org.innkeeper.infrastructure.setup;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.logging.Logger;
import org.innkeeper.domain.channel.Channel;
import org.innkeeper.domain.folio.Article;
import org.innkeeper.domain.folio.Stamp;
import org.innkeeper.domain.folio.Folio;
import org.innkeeper.domain.folio.PaymentMethod;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.guest.LoyaltyTier;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.inventory.InventoryRepository;
import org.innkeeper.domain.hotel.TaxPolicy;
import org.innkeeper.domain.rate.GuaranteeType;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RatePolicies;
import org.innkeeper.domain.rate.StayQuote;
import org.innkeeper.domain.rate.StayRestriction;
import org.innkeeper.domain.shared.Party;
import org.innkeeper.domain.rate.RoomRate;
import org.innkeeper.domain.reservation.ConfirmationNumber;
import org.innkeeper.domain.reservation.DocumentType;
import org.innkeeper.domain.reservation.IdentityDocument;
import org.innkeeper.domain.reservation.Registration;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationStatus;
import org.innkeeper.domain.room.HousekeepingStatus;
import org.innkeeper.domain.room.Occupancy;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomBlock;
import org.innkeeper.domain.room.RoomBlockKind;
import org.innkeeper.domain.room.RoomFeature;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StayPeriod;
import org.innkeeper.domain.staff.StaffRole;
import org.innkeeper.domain.staff.StaffUser;

/**
 * Builds the demo hotel: 60 rooms on 5 floors in 5 room types, 3 rate plans with seasonal and
 * weekend prices, staff logins, three channels (one with a low rate limit), and a year of reservations behind today plus three
 * months ahead — checked out with settled folios, in house, due in, cancelled, no-shows. Random but
 * repeatable (fixed seeds, one for each group of room types; the record ids and the time of day still vary). Goes
 * through the domain's own methods, so the history obeys its rules. Written on two threads where the parts are
 * independent (see {@link #createReservations} and {@link Beside}), as the seeding is bound by the database's inserts.
 * <p>
 * Near future stays keep at least {@link #FREE_ROOMS_KEPT} rooms of every type free, so a person
 * exploring the demo (and the tests) can always book and check in today.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN) // commits as it goes: see seed()
public class DemoHotelSeeder {

    static final int FREE_ROOMS_KEPT = 3;
    static final String HISTORY_PROPERTY = "innkeeper.demo.history";
    static final int HISTORY_DAYS = 365;
    static final int FUTURE_DAYS = 91;
    static final int INVENTORY_DAYS_AHEAD = 730;
    private static final String CURRENCY = "EUR";
    private static final Logger LOG = Logger.getLogger(DemoHotelSeeder.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /** The threads the parts written side by side run on (see {@link Beside}). */
    @Resource
    jakarta.enterprise.concurrent.ManagedThreadFactory threads;

    /**
     * Runs a part of the seeding beside the rest: on a thread of its own, with an entity manager of its own in a
     * transaction of its own, which the part commits and begins anew as it goes (the {@code Runnable}). The
     * server runs it on a managed thread in a JTA transaction; the tests on a thread with an entity manager of
     * the test database. Unset, the part runs on the caller's thread, after it, in the caller's transaction.
     */
    interface Beside {
        <T> Future<T> start(BiFunction<EntityManager, Runnable, T> part);
    }

    Beside beside = new Beside() {
        @Override
        public <T> Future<T> start(BiFunction<EntityManager, Runnable, T> part) {
            return java.util.concurrent.CompletableFuture.completedFuture(part.apply(em, commitAndBegin));
        }
    };

    /** What was started beside and not yet joined: waited for before the seeding ends, also when it fails. */
    private final List<Future<?>> besides = new ArrayList<>();

    /** Commits the work so far and begins the next transaction (set by seed()). */
    private Runnable commitAndBegin = () -> { };

    @Inject
    InventoryRepository inventory;
    @Inject
    org.innkeeper.domain.report.StatisticsRepository statistics;

    static final TaxPolicy TAXES = new TaxPolicy(new BigDecimal("7.00"), true, new BigDecimal("2.50"));

    private record TypeSpec(String code, String name, int maxOccupancy, int rooms, int basePrice) {
    }

    private static final List<TypeSpec> TYPES = List.of(
            new TypeSpec("STD", "Standard Double", 2, 20, 119),
            new TypeSpec("TWN", "Twin", 2, 14, 119),
            new TypeSpec("SUP", "Superior King", 2, 12, 159),
            new TypeSpec("FAM", "Family Room", 4, 8, 189),
            new TypeSpec("STE", "Junior Suite", 3, 6, 259));
    private static final int OPTION_HOLD_DAYS = 3;

    private static final String[] FIRST = {"Anna", "James", "Maria", "Oliver", "Sophie", "Lukas", "Elena", "Marco",
        "Emma", "Noah", "Ivan", "Olga", "Pierre", "Camille", "Hiroshi", "Yuki", "Carlos", "Lucia", "Jan", "Eva",
        "Dmitri", "Natalia", "Thomas", "Sarah", "Ahmed", "Leila", "Piotr", "Agnieszka", "Lars", "Ingrid",
        "William", "Charlotte", "Giulia", "Matteo", "Sergei", "Tatiana", "David", "Hannah", "Mikko", "Aino"};
    private static final String[] LAST = {"Smith", "Müller", "Rossi", "Dubois", "Ivanov", "Petrova", "García",
        "Novak", "Jansen", "Kowalski", "Tanaka", "Andersson", "Johnson", "Schmidt", "Bianchi", "Martin",
        "Smirnov", "Volkova", "López", "Horvat", "de Vries", "Nowak", "Sato", "Nielsen", "Brown", "Weber",
        "Romano", "Bernard", "Kuznetsov", "Sokolova", "Fernández", "Dvořák", "Bakker", "Wiśniewski", "Suzuki",
        "Berg", "Taylor", "Fischer", "Ricci", "Laurent"};
    private static final String[] SOURCES = {"Search engine", "Returning guest", "Friend's recommendation",
        "Travel site", "Corporate agreement", "Social media", null, null};

    /**
     * Whether the demo hotel is there already (the seeder then does nothing). The hotel is written last, in the
     * last of the seeding's transactions: rooms without a hotel are a first start that stopped half-way through
     * seeding, which is said plainly rather than seeded over.
     */
    public boolean seeded() {
        if (em.find(Hotel.class, Hotel.THE_HOTEL) != null) {
            return true;
        }
        Number rooms = (Number) em.createNativeQuery("select count(*) from room").getSingleResult();
        if (rooms.longValue() > 0) {
            throw new IllegalStateException("The demo hotel's first seeding was interrupted and the demo is incomplete:"
                    + " stop the server, delete its data directory (-Dinnkeeper.data.dir, ./data by default) and start again");
        }
        return false;
    }

    /** The day the demo is seeded for; tests seed other days with a fixed clock. */
    java.time.Clock clock = java.time.Clock.systemDefaultZone();

    /**
     * Seeds the demo in a series of transactions, each committed when a part is written (some 250 reservations
     * with their folios, a page of invoices): the database never holds one huge uncommitted transaction, whose
     * every insert and whose commit grow slower with its size (one transaction took some 4 s more to commit).
     */
    public void seed() {
        beside = new Beside() {
            @Override
            public <T> Future<T> start(BiFunction<EntityManager, Runnable, T> part) {
                FutureTask<T> task = new FutureTask<>(() -> {
                    // the container's entity manager binds itself to this thread's own transaction
                    transaction.begin();
                    try {
                        T result = part.apply(em, DemoHotelSeeder.this::commitAndBeginAnew);
                        transaction.commit();
                        return result;
                    } catch (Exception | Error e) {
                        rollBack();
                        throw e;
                    }
                });
                threads.newThread(task).start();
                return task;
            }
        };
        try {
            transaction.begin();
            seed(this::commitAndBeginAnew);
            transaction.commit();
        } catch (RuntimeException e) {
            rollBack();
            throw e;
        } catch (Exception e) {
            rollBack();
            throw new IllegalStateException("Seeding the demo hotel: " + e.getMessage(), e);
        }
    }

    private void commitAndBeginAnew() {
        try {
            transaction.commit();
            transaction.begin();
        } catch (Exception e) {
            throw new IllegalStateException("Seeding the demo hotel: " + e.getMessage(), e);
        }
    }

    /**
     * Starts a part of the seeding beside the rest ({@link Beside}), written by a copy of this seeder that holds
     * the other thread's entity manager and the catalogue, companies and clock of this one.
     */
    private <T> Future<T> beside(Function<DemoHotelSeeder, T> part) {
        Future<T> started = beside.start((otherEm, otherCommit) -> {
            org.innkeeper.infrastructure.history.AuditBaseline.seeding(otherEm);
            DemoHotelSeeder copy = new DemoHotelSeeder();
            copy.em = otherEm;
            copy.commitAndBegin = otherCommit;
            copy.clock = clock;
            copy.articles.putAll(articles);
            copy.nightArticles = nightArticles;
            copy.companies.addAll(companies);
            copy.companyChoice = new Random(8);
            T result = part.apply(copy);
            otherEm.flush();
            return result;
        });
        besides.add(started);
        return started;
    }

    /** Waits for a part started beside; its failure is the seeding's. */
    private <T> T join(Future<T> part) {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Seeding the demo hotel was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("Seeding the demo hotel: " + e.getCause().getMessage(), e.getCause());
        } finally {
            besides.remove(part);
        }
    }

    /** Waits for whatever was started beside, without reporting its failure (the first failure is the one reported). */
    private void awaitBesides() {
        for (Future<?> part : List.copyOf(besides)) {
            try {
                part.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException ignored) {
                // reported by join(), or after the failure being reported
            }
        }
        besides.clear();
    }

    private void rollBack() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception ignored) {
            // the first failure is the one reported
        }
    }

    /** Writes what is pending, commits it (and begins anew), and starts the next part with an empty persistence context. */
    private void checkpoint() {
        em.flush();
        commitAndBegin.run();
        em.clear();
        org.innkeeper.infrastructure.history.AuditBaseline.seeding(em);
    }

    /** The demo seeded in the current transaction, {@code commitAndBegin} committing it part by part. */
    void seed(Runnable commitAndBegin) {
        try {
            seedAll(commitAndBegin);
        } finally {
            awaitBesides(); // nothing keeps writing after the seeding ended, also when it failed
        }
    }

    private void seedAll(Runnable commitAndBegin) {
        this.commitAndBegin = commitAndBegin;
        long started = System.nanoTime();
        org.innkeeper.infrastructure.history.AuditBaseline.seeding(em);
        Random random = new Random(42);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        Hotel hotel = new Hotel("Innkeeper Riverside Hotel", CURRENCY, zone, today);
        // 7 % VAT included in room prices (as for hotel rooms in Germany), and a city tax per guest and night.
        hotel.changeTaxes(TAXES);
        hotel.changeLegalDetails("Innkeeper Riverside Hotel GmbH", "Uferstraße 12, 10117 Berlin, Germany", "DE123456789");

        em.persist(new StaffUser("frontdesk", "Anna Front Desk", "frontdesk", EnumSet.of(StaffRole.FRONT_DESK)));
        em.persist(new StaffUser("manager", "Mark Manager", "manager", EnumSet.of(StaffRole.MANAGER, StaffRole.FRONT_DESK)));
        em.persist(new StaffUser("housekeeping", "Hanna Housekeeping", "housekeeping", EnumSet.of(StaffRole.HOUSEKEEPING)));
        em.persist(new StaffUser("nightaudit", "Nina Night Auditor", "nightaudit",
                EnumSet.of(StaffRole.NIGHT_AUDITOR, StaffRole.FRONT_DESK)));
        em.persist(new Channel("DEMO", "Demo Channel", "demo-channel-key"));
        em.persist(new Channel("OTA2", "Second Channel", "second-channel-key"));
        Channel limited = new Channel("OTA3", "Rate-limited Channel", "limited-channel-key");
        limited.limitRequests(5); // shows (and tests) the 429 a channel over its rate gets
        em.persist(limited);

        Map<String, RoomType> types = new LinkedHashMap<>();
        Map<String, List<Room>> roomsByType = new HashMap<>();
        int order = 0;
        int index = 0;
        for (TypeSpec spec : TYPES) {
            RoomType type = new RoomType(spec.code(), spec.name(), spec.maxOccupancy(), 2, order++);
            em.persist(type);
            types.put(spec.code(), type);
            List<Room> list = new ArrayList<>();
            for (int i = 0; i < spec.rooms(); i++, index++) {
                int floor = 1 + index / 12;
                Room room = new Room(String.valueOf(floor * 100 + index % 12 + 1), floor, type);
                room.describe(features(floor, index % 12 + 1, spec.code()));
                em.persist(room);
                list.add(room);
            }
            roomsByType.put(spec.code(), list);
        }
        connectNeighbours(roomsByType);

        RatePlan bar = new RatePlan("BAR", "Best Available Rate", "Flexible: free cancellation until the day before arrival",
                0, RatePolicies.flexible(24));
        bar.changeInclusions(false, new BigDecimal("30"), new BigDecimal("15"));
        RatePlan bb = new RatePlan("BB", "Bed & Breakfast", "Best available rate with breakfast for every guest", 1,
                RatePolicies.flexible(48));
        bb.changeInclusions(true, new BigDecimal("45"), new BigDecimal("20"));
        RatePlan nrf = new RatePlan("NRF", "Non-refundable", "10 % below the best available rate, paid at booking, not refundable",
                2, RatePolicies.nonRefundable());
        nrf.deriveFrom(bar, new BigDecimal("-10"));
        nrf.changeInclusions(false, new BigDecimal("27"), new BigDecimal("13.50"));
        List<RatePlan> plans = List.of(bar, bb, nrf);
        plans.forEach(em::persist);
        List<RatePlan> priced = List.of(bar, bb); // NRF follows BAR

        LocalDate first = today.minusDays(HISTORY_DAYS);
        LocalDate last = today.plusDays(INVENTORY_DAYS_AHEAD);
        for (TypeSpec spec : TYPES) {
            RoomType type = types.get(spec.code());
            for (LocalDate night = first; !night.isAfter(last); night = night.plusDays(1)) {
                for (RatePlan plan : priced) {
                    em.persist(new RoomRate(plan, type, night, price(spec, plan, night)));
                }
            }
            em.flush();
            em.clear();
            inventory.open(em.merge(type), first, last, spec.rooms());
            checkpoint();
        }

        // Re-attach what the reservations refer to.
        Map<String, RoomType> liveTypes = new HashMap<>();
        Map<String, List<Room>> liveRooms = new HashMap<>();
        for (TypeSpec spec : TYPES) {
            liveTypes.put(spec.code(), em.find(RoomType.class, types.get(spec.code()).id()));
            liveRooms.put(spec.code(), new ArrayList<>(roomsByType.get(spec.code()).stream()
                    .map(r -> em.find(Room.class, r.id())).toList()));
        }
        Map<String, RatePlan> livePlans = new HashMap<>();
        plans.forEach(p -> livePlans.put(p.code(), em.find(RatePlan.class, p.id())));

        restrictYearEnd(livePlans.values(), liveTypes.values(), today);
        setUpCatalogue();
        setUpCompanies();
        // -Dinnkeeper.demo.history=false: the hotel without its year of guests (a server for race tests)
        int count = Boolean.parseBoolean(System.getProperty(HISTORY_PROPERTY, "true"))
                ? createReservations(random, today, liveTypes, liveRooms, livePlans) : 0;
        em.flush();
        describeRegulars(today);
        checkpoint(); // the guests' languages, which the invoices are written in
        // the invoices beside the rest: tables of their own, which nothing after reads and the audit trail leaves out
        Future<Long> invoices = count > 0 ? beside(DemoHotelSeeder::invoiceCheckedOutStays)
                : java.util.concurrent.CompletableFuture.completedFuture(0L);
        inventory.recountFromReservations();
        holdRoomsOfStays(today);
        checkpoint();
        blockRooms(today);
        new DemoGuestRequests(em).seed(today, zone, count > 0);
        checkpoint();
        if (count > 0) {
            long freezing = System.nanoTime();
            freezeHistory(first, today, zone);
            checkpoint();
            LOG.info(() -> "History frozen in " + (System.nanoTime() - freezing) / 1_000_000 + " ms");
            long surveysStarted = System.nanoTime();
            int[] seeded = new DemoServiceQuality(em).seed(today, clock.instant());
            checkpoint();
            LOG.info(() -> "Demo service quality seeded: " + seeded[0] + " surveys, " + seeded[1] + " complaints in "
                    + (System.nanoTime() - surveysStarted) / 1_000_000 + " ms");
        }
        // the hotel last, in the last part, committed after the invoices: a hotel in the database means a demo
        // seeded to the end (nothing refers to the hotel's row, and nothing before reads it); the audit trail's
        // baseline then holds it too
        em.persist(hotel);
        long baselineStarted = System.nanoTime();
        org.innkeeper.infrastructure.history.AuditBaseline.record(em, clock.instant());
        LOG.info(() -> "Demo audit trail's baseline recorded in " + (System.nanoTime() - baselineStarted) / 1_000_000 + " ms");
        long issued = join(invoices);
        LOG.info(() -> issued + " invoices of checked-out stays");
        LOG.info(() -> "Demo hotel seeded: 60 rooms, " + count + " reservations in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /**
     * What each room offers: non-smoking but for three rooms at the ends of floors 1 to 3; quiet on
     * the upper floors (3 to 5) away from the lift (which stands by rooms x01 to x03); accessible on
     * the ground floor next to the lift; a bathtub in the larger types (and every fourth standard
     * room), a shower elsewhere; odd numbers face the river, even ones the city.
     */
    static java.util.Set<RoomFeature> features(int floor, int position, String type) {
        java.util.Set<RoomFeature> features = EnumSet.noneOf(RoomFeature.class);
        boolean smoking = position == 12 && floor <= 3;
        features.add(smoking ? RoomFeature.SMOKING : RoomFeature.NON_SMOKING);
        if (floor >= 3 && position >= 7) {
            features.add(RoomFeature.QUIET);
        }
        if (floor == 1 && position <= 2) {
            features.add(RoomFeature.ACCESSIBLE);
        }
        boolean bathtub = !type.equals("STD") && !type.equals("TWN") || (type.equals("STD") && position % 4 == 0);
        features.add(bathtub ? RoomFeature.BATHTUB : RoomFeature.SHOWER);
        features.add(position % 2 == 1 ? RoomFeature.RIVER_VIEW : RoomFeature.CITY_VIEW);
        return features;
    }

    /** Connecting doors between neighbours of the twin and family rooms (301-302, 303-304, 501-502, 503-504). */
    private static void connectNeighbours(Map<String, List<Room>> roomsByType) {
        Map<String, Room> byNumber = new HashMap<>();
        roomsByType.values().forEach(list -> list.forEach(r -> byNumber.put(r.number(), r)));
        for (String[] pair : CONNECTING) {
            byNumber.get(pair[0]).connectTo(byNumber.get(pair[1]));
        }
    }

    static final String[][] CONNECTING = {{"301", "302"}, {"303", "304"}, {"501", "502"}, {"503", "504"}};

    private record BlockSpec(String type, RoomBlockKind kind, String reason, int nights) {
    }

    static final List<BlockSpec> BLOCKS = List.of(
            new BlockSpec("STD", RoomBlockKind.OUT_OF_ORDER, "Water damage in the bathroom: new tiles", 4),
            new BlockSpec("TWN", RoomBlockKind.OUT_OF_ORDER, "Air conditioning being replaced", 3),
            new BlockSpec("SUP", RoomBlockKind.OUT_OF_SERVICE, "Minibar not cooling: part on order", 5));

    /** Rooms of the type out of order on the night: kept unsold (besides the free ones) so the blocks fit. */
    static int outOfOrder(String type, LocalDate night, LocalDate today) {
        return (int) BLOCKS.stream().filter(b -> b.type().equals(type) && b.kind().removesFromInventory()
                && !night.isBefore(today) && night.isBefore(today.plusDays(b.nights()))).count();
    }

    /**
     * Two rooms out of order from today (their nights held, one room fewer of their type to sell),
     * one out of service (still sold), each a vacant room of the types with the most rooms free.
     */
    private void blockRooms(LocalDate today) {
        Instant at = clock.instant();
        List<Room> vacant = em.createQuery("select r from Room r join fetch r.roomType where r.occupancy = :v"
                        + " and not exists (select s from Reservation s where s.room = r and s.status in :expected)"
                        + " order by r.number", Room.class)
                .setParameter("v", Occupancy.VACANT)
                .setParameter("expected", ReservationStatus.expectedToArrive())
                .getResultList();
        for (BlockSpec b : BLOCKS) {
            Room room = vacant.stream().filter(r -> r.roomType().code().equals(b.type())).reduce((x, y) -> y).orElseThrow();
            RoomBlockKind kind = b.kind();
            LocalDate to = today.plusDays(b.nights());
            RoomBlock block = new RoomBlock(room, kind, today, to, b.reason(), HousekeepingStatus.DIRTY, today, "manager", at);
            em.persist(block);
            em.flush();
            if (kind.removesFromInventory()) {
                room.changeHousekeeping(HousekeepingStatus.DIRTY); // the builders are in
                for (LocalDate night = today; night.isBefore(to); night = night.plusDays(1)) {
                    em.createNativeQuery("insert into room_night (room_id, night, room_block_id) values (?1, ?2, ?3)")
                            .setParameter(1, room.id()).setParameter(2, night).setParameter(3, block.id())
                            .executeUpdate();
                }
                inventory.changeSellable(room.roomType(), today, to, -1);
            }
        }
    }

    private record Wishes(int vip, LoyaltyTier tier, java.util.Set<RoomFeature> features, Integer floor,
                          String pillow, String allergies, String note, String notes, String alert, String language) {
    }

    private static final List<Wishes> WISHES = List.of(
            new Wishes(2, LoyaltyTier.GOLD, EnumSet.of(RoomFeature.QUIET, RoomFeature.NON_SMOKING), 4, "synthetic",
                    "feathers", null, "Regular since the riverside opened.", "Allergic to feathers: no down pillows or duvet", "en"),
            new Wishes(1, LoyaltyTier.PLATINUM, EnumSet.of(RoomFeature.RIVER_VIEW, RoomFeature.BATHTUB), null, "firm",
                    null, "Late check-out when possible", "Travels for the opera season.", "Prefers a quiet room, high floor", "ru"),
            new Wishes(3, LoyaltyTier.GOLD, EnumSet.of(RoomFeature.QUIET, RoomFeature.RIVER_VIEW), 5, "two pillows",
                    "nuts", "Fruit basket on arrival", "Board member of our owner company.", "VIP: manager greets on arrival", "en"),
            new Wishes(0, LoyaltyTier.SILVER, EnumSet.of(RoomFeature.ACCESSIBLE, RoomFeature.SHOWER), 1, null, null,
                    "Walk-in shower, grab rails", null, "Uses a wheelchair: accessible room only", "en"),
            new Wishes(1, LoyaltyTier.SILVER, EnumSet.of(RoomFeature.CITY_VIEW), null, "soft", "lactose", null,
                    "Complained about street noise in 2 stays.", null, "ru"),
            new Wishes(0, LoyaltyTier.GOLD, EnumSet.of(RoomFeature.NON_SMOKING, RoomFeature.BATHTUB), 3, null, null,
                    "Extra towels", null, null, "en"),
            new Wishes(2, LoyaltyTier.NONE, EnumSet.of(RoomFeature.QUIET), null, "feather-free", "feathers, dust", null,
                    "Writes reviews; treat with care.", "Allergic to feathers", "en"),
            new Wishes(0, LoyaltyTier.SILVER, EnumSet.of(RoomFeature.SMOKING), 2, null, null, null, null, null, "ru"));

    /**
     * VIP and loyalty guests among the regulars, with wishes, pillow and allergy notes and alerts:
     * some of them arrive today and some are in the house, so the arrivals board and the reservation
     * page have content; the rest are regulars with the most stays.
     */
    private void describeRegulars(LocalDate today) {
        List<Long> arriving = em.createQuery("select r.guest.id from Reservation r where r.stay.arrival = :d"
                        + " and r.status in :expected order by r.id", Long.class)
                .setParameter("d", today).setParameter("expected", ReservationStatus.expectedToArrive())
                .setMaxResults(4).getResultList();
        List<Long> inHouse = em.createQuery("select r.guest.id from Reservation r where r.status = :s"
                        + " and r.stay.arrival < :d order by r.id", Long.class)
                .setParameter("s", ReservationStatus.IN_HOUSE).setParameter("d", today)
                .setMaxResults(3).getResultList();
        List<Long> regulars = em.createQuery("select r.guest.id, count(r) from Reservation r where r.status = :s"
                        + " group by r.guest.id having count(r) >= 2", Object[].class)
                .setParameter("s", ReservationStatus.CHECKED_OUT)
                .getResultStream()
                .sorted(java.util.Comparator.comparing((Object[] row) -> -((Number) row[1]).longValue())
                        .thenComparing(row -> (Long) row[0]))
                .limit(16).map(row -> (Long) row[0]).toList();
        java.util.LinkedHashSet<Long> chosen = new java.util.LinkedHashSet<>();
        chosen.addAll(arriving);
        chosen.addAll(inHouse);
        chosen.addAll(regulars);
        Instant at = clock.instant();
        int i = 0;
        for (Long id : chosen) {
            Wishes w = WISHES.get(i++ % WISHES.size());
            em.find(Guest.class, id).describe(new Guest.Profile(w.language(), w.vip(), w.tier(), w.features(),
                    w.floor(), w.pillow(), w.allergies(), w.note(), w.notes(), w.alert()), "frontdesk", at);
        }
    }

    /** The rooms of the guests in the house (and of the last month's stays, for the rack) night by night. */
    private void holdRoomsOfStays(LocalDate today) {
        em.createNativeQuery("insert into room_night (room_id, night, reservation_id)"
                        + " select r.room_id, n.night, r.id from reservation r join reservation_night n on n.reservation_id = r.id"
                        + " where r.room_id is not null and r.status in ('IN_HOUSE', 'CHECKED_OUT') and n.night >= ?1")
                .setParameter(1, today.minusDays(31)).executeUpdate();
    }

    /**
     * The year's end sells as a package: arrivals on 30 and 31 December stay at least 2 nights, and
     * the suites are closed to arrival on Christmas Eve.
     */
    private void restrictYearEnd(java.util.Collection<RatePlan> plans, java.util.Collection<RoomType> types, LocalDate today) {
        for (int year = today.getYear(); year <= today.plusDays(INVENTORY_DAYS_AHEAD).getYear(); year++) {
            for (RatePlan plan : plans) {
                for (RoomType type : types) {
                    for (int day : new int[] {30, 31}) {
                        StayRestriction r = new StayRestriction(plan, type, LocalDate.of(year, 12, day));
                        r.restrict(new StayRestriction.Rules(2, null, false, false, false));
                        em.persist(r);
                    }
                    if (type.code().equals("STE")) {
                        StayRestriction r = new StayRestriction(plan, type, LocalDate.of(year, 12, 24));
                        r.restrict(new StayRestriction.Rules(null, null, true, false, false));
                        em.persist(r);
                    }
                }
            }
        }
    }

    /** BAR by type, season and weekday; B&B adds breakfast; non-refundable (derived) is 10 % off BAR. */
    static Money price(TypeSpec spec, RatePlan plan, LocalDate night) {
        double season = switch (night.getMonth()) {
            case JUNE, JULY, AUGUST, SEPTEMBER -> 1.25;
            case DECEMBER -> 1.15;
            case JANUARY, FEBRUARY -> 0.85;
            default -> 1.0;
        };
        boolean weekend = night.getDayOfWeek() == DayOfWeek.FRIDAY || night.getDayOfWeek() == DayOfWeek.SATURDAY;
        BigDecimal barPrice = BigDecimal.valueOf(spec.basePrice() * season * (weekend ? 1.10 : 1.0))
                .setScale(0, RoundingMode.HALF_UP);
        BigDecimal amount = switch (plan.code()) {
            case "BB" -> barPrice.add(BigDecimal.valueOf(25L * Math.min(spec.maxOccupancy(), 2)));
            case "NRF" -> barPrice.multiply(new BigDecimal("0.90")).setScale(2, RoundingMode.HALF_UP);
            default -> barPrice;
        };
        return Money.of(amount, CURRENCY);
    }

    /**
     * The reservations of the year, the room types of {@link #WRITTEN_BESIDE} written beside the others on a
     * thread of their own (H2 writes on two cores at once; the seeding is bound by its inserts). Each group of
     * types draws its own random numbers and its own regular guests, so it is repeatable on its own.
     */
    private int createReservations(Random random, LocalDate today, Map<String, RoomType> types,
                                   Map<String, List<Room>> rooms, Map<String, RatePlan> plans) {
        checkpoint(); // the other thread reads the types, rooms, plans, catalogue and companies: committed first
        refresh(types, rooms, plans, new HashMap<>());
        Map<String, RoomType> besideTypes = new HashMap<>(types);
        besideTypes.keySet().retainAll(WRITTEN_BESIDE);
        Map<String, List<Room>> besideRooms = new HashMap<>(rooms);
        besideRooms.keySet().retainAll(WRITTEN_BESIDE);
        Map<String, RatePlan> besidePlans = new HashMap<>(plans);
        Map<Boolean, List<TypeSpec>> written = TYPES.stream()
                .collect(java.util.stream.Collectors.partitioningBy(t -> WRITTEN_BESIDE.contains(t.code())));
        Future<Integer> beside = beside(copy -> {
            copy.refresh(besideTypes, besideRooms, besidePlans, new HashMap<>());
            return copy.createReservationsOf(written.get(true), new Random(43), today, besideTypes, besideRooms,
                    besidePlans);
        });
        refresh(types, rooms, plans, new HashMap<>()); // (when the part ran first, on this thread, it cleared them)
        int created = createReservationsOf(written.get(false), random, today, types, rooms, plans);
        created += join(beside);
        checkpoint();
        refresh(types, rooms, plans, new HashMap<>());
        settleRoomStatuses(random, today, rooms);
        return created;
    }

    /** The room types written on a thread of their own: 28 of the 60 rooms, so both threads write about as much. */
    static final java.util.Set<String> WRITTEN_BESIDE = java.util.Set.of("TWN", "FAM", "STE");

    private int createReservationsOf(List<TypeSpec> specs, Random random, LocalDate today, Map<String, RoomType> types,
                                     Map<String, List<Room>> rooms, Map<String, RatePlan> plans) {
        Map<String, Map<LocalDate, Integer>> sold = new HashMap<>();
        Map<Room, LocalDate> roomFreeFrom = new HashMap<>();
        List<Long> regulars = new ArrayList<>();
        int created = 0;
        LocalDate start = today.minusDays(HISTORY_DAYS);
        for (LocalDate arrival = start; arrival.isBefore(today.plusDays(FUTURE_DAYS)); arrival = arrival.plusDays(1)) {
            for (TypeSpec spec : specs) {
                double target = targetOccupancy(arrival, today);
                int arrivals = (int) Math.round(spec.rooms() * target / 2.4 + random.nextGaussian() * 0.8);
                for (int a = 0; a < arrivals; a++) {
                    int nights = 1 + pick(random, new int[] {30, 30, 18, 10, 6, 4, 2});
                    StayPeriod stay = new StayPeriod(arrival, arrival.plusDays(nights));
                    if (!fits(sold, spec, stay, today)) {
                        continue;
                    }
                    String status = fate(random, stay, today);
                    Room room = null;
                    if (status.equals("IN_HOUSE") || status.equals("CHECKED_OUT")) {
                        room = freeRoom(rooms.get(spec.code()), roomFreeFrom, arrival, today);
                        if (room == null) {
                            continue;
                        }
                        roomFreeFrom.put(room, stay.departure());
                    }
                    if (!status.equals("CANCELLED") && !status.equals("NO_SHOW")) {
                        stay.nightDates().forEach(n -> sold.computeIfAbsent(spec.code(), k -> new HashMap<>())
                                .merge(n, 1, Integer::sum));
                    }
                    createOne(random, today, spec, types.get(spec.code()), plans, stay, status, room, regulars);
                    if (++created % 250 == 0) {
                        checkpoint();
                        refresh(types, rooms, plans, roomFreeFrom);
                    }
                }
            }
        }
        em.flush();
        return created;
    }

    private void refresh(Map<String, RoomType> types, Map<String, List<Room>> rooms, Map<String, RatePlan> plans,
                         Map<Room, LocalDate> roomFreeFrom) {
        types.replaceAll((code, t) -> em.find(RoomType.class, t.id()));
        plans.replaceAll((code, p) -> em.find(RatePlan.class, p.id()));
        Map<Long, LocalDate> freeById = new HashMap<>();
        roomFreeFrom.forEach((room, date) -> freeById.put(room.id(), date));
        roomFreeFrom.clear();
        rooms.replaceAll((code, list) -> new ArrayList<>(list.stream().map(r -> {
            Room live = em.find(Room.class, r.id());
            LocalDate free = freeById.get(r.id());
            if (free != null) {
                roomFreeFrom.put(live, free);
            }
            return live;
        }).toList()));
    }

    private static double targetOccupancy(LocalDate arrival, LocalDate today) {
        double season = switch (arrival.getMonth()) {
            case JUNE, JULY, AUGUST, SEPTEMBER -> 0.88;
            case DECEMBER, MAY, OCTOBER -> 0.76;
            case JANUARY, FEBRUARY -> 0.55;
            default -> 0.68;
        };
        long ahead = today.until(arrival, java.time.temporal.ChronoUnit.DAYS);
        if (ahead <= 0) {
            return season;
        }
        // Fewer bookings on the books the further ahead: the pace of a real hotel.
        return season * Math.max(0.2, 0.95 - ahead / 110.0);
    }

    private static boolean fits(Map<String, Map<LocalDate, Integer>> sold, TypeSpec spec, StayPeriod stay, LocalDate today) {
        Map<LocalDate, Integer> byNight = sold.getOrDefault(spec.code(), Map.of());
        for (LocalDate night : stay.nightDates()) {
            // Tonight two rooms more stay unsold: one for a guest due out who has not left yet, one left dirty by
            // a guest who has, so that the desk has a check-out and housekeeping a room to clean on any day.
            int cap = !night.isBefore(today) && night.isBefore(today.plusDays(15))
                    ? spec.rooms() - FREE_ROOMS_KEPT - outOfOrder(spec.code(), night, today)
                            - (night.equals(today) ? 2 : 0) : spec.rooms();
            if (byNight.getOrDefault(night, 0) + 1 > cap) {
                return false;
            }
        }
        return true;
    }

    private static String fate(Random random, StayPeriod stay, LocalDate today) {
        int roll = random.nextInt(100);
        if (roll < 7) {
            return "CANCELLED";
        }
        if (stay.departure().isBefore(today)) {
            return roll < 10 ? "NO_SHOW" : "CHECKED_OUT";
        }
        if (stay.arrival().isBefore(today)) {
            return "IN_HOUSE";
        }
        if (stay.arrival().equals(today)) {
            return roll < 45 ? "IN_HOUSE" : "CONFIRMED";
        }
        return roll < 10 && stay.arrival().isAfter(today.plusDays(OPTION_HOLD_DAYS)) ? "OPTION" : "CONFIRMED";
    }

    /**
     * A room whose last guest has left by the arrival date; today, guests due out are still in
     * their rooms, so only rooms free since yesterday count.
     */
    private static Room freeRoom(List<Room> rooms, Map<Room, LocalDate> freeFrom, LocalDate arrival, LocalDate today) {
        for (Room room : rooms) {
            LocalDate free = freeFrom.get(room);
            if (free == null || (arrival.equals(today) ? free.isBefore(today) : !free.isAfter(arrival))) {
                return room;
            }
        }
        return null;
    }

    private void createOne(Random random, LocalDate today, TypeSpec spec, RoomType type, Map<String, RatePlan> plans,
                           StayPeriod stay, String status, Room room, List<Long> regulars) {
        int adults = spec.maxOccupancy() > 2 ? 1 + random.nextInt(spec.maxOccupancy()) : 1 + random.nextInt(2);
        int children = spec.maxOccupancy() > adults && random.nextInt(3) == 0 ? 1 : 0;
        RatePlan plan = plans.get(new String[] {"BAR", "BAR", "BAR", "BB", "BB", "NRF"}[random.nextInt(6)]);
        Map<LocalDate, Money> prices = new HashMap<>();
        stay.nightDates().forEach(n -> prices.put(n, price(spec, plan.priceSource(), n)));
        Party party = new Party(adults, children);
        StayQuote quote = plan.quote(type, party, stay, prices, TAXES);
        int lead = 1 + pick(random, new int[] {15, 20, 20, 15, 10, 10, 10}) * 9 + random.nextInt(9);
        Instant booked = stay.arrival().minusDays(lead).atTime(LocalTime.of(8 + random.nextInt(13), random.nextInt(60)))
                .atZone(ZoneId.systemDefault()).toInstant();
        if (booked.isAfter(clock.instant())) {
            booked = clock.instant().minusSeconds(3600L + random.nextInt(86_400));
        }
        Guest guest;
        if (!regulars.isEmpty() && random.nextInt(100) < 18) {
            guest = em.getReference(Guest.class, regulars.get(random.nextInt(regulars.size())));
        } else {
            String firstName = FIRST[random.nextInt(FIRST.length)];
            String lastName = LAST[random.nextInt(LAST.length)];
            String email = (firstName + "." + lastName).toLowerCase().replaceAll("[^a-z.]", "")
                    + random.nextInt(1000) + "@example.com";
            guest = new Guest(firstName, lastName, email, "+49 30 " + (1_000_000 + random.nextInt(8_999_999)), booked);
            em.persist(guest);
            if (regulars.size() < 400) {
                regulars.add(guest.id());
            }
        }
        String channel = new String[] {"DEMO", "DEMO", "DEMO", "OTA2", "OTA2", "DESK_PHONE", "DESK_PHONE",
            "DESK_WALK_IN", "WEB", "WEB"}[random.nextInt(10)];
        String card = plan.policies().guarantee() != GuaranteeType.NONE || random.nextInt(4) == 0
                ? String.format("%04d", random.nextInt(10_000)) : null;
        Reservation.Terms terms = new Reservation.Terms(null, card);
        if (status.equals("OPTION")) {
            booked = clock.instant().minusSeconds(3600L * (1 + random.nextInt(24)));
            terms = new Reservation.Terms(clock.instant().plus(java.time.Duration.ofDays(OPTION_HOLD_DAYS)), null);
        }
        Reservation r = Reservation.book(ConfirmationNumber.next(), guest, type, plan, stay, party, quote, terms,
                channel, SOURCES[random.nextInt(SOURCES.length)], booked);

        Instant arrivedAt = stay.arrival().atTime(15, random.nextInt(60)).atZone(ZoneId.systemDefault()).toInstant();
        switch (status) {
            case "CANCELLED" -> {
                Instant at = notLater(booked.plusSeconds(3600L * (1 + random.nextInt(48))));
                Money fee = r.cancel(stay.arrival().minusDays(1), at,
                        stay.arrival().atTime(15, 0).atZone(ZoneId.systemDefault()).toInstant());
                chargeFee(r, Article.CANCELLATION, fee, new Stamp(earlier(stay.arrival().minusDays(1), at, today), at,
                        "frontdesk"));
                return;
            }
            case "NO_SHOW" -> {
                Instant at = notLater(stay.arrival().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
                Money fee = r.markNoShow(stay.arrival(), at);
                chargeFee(r, Article.NO_SHOW, fee, new Stamp(stay.arrival(), at, "night audit"));
                return;
            }
            case "IN_HOUSE", "CHECKED_OUT" -> {
                room.changeHousekeeping(HousekeepingStatus.INSPECTED);
                Instant at = arrivedAt.isAfter(clock.instant()) ? clock.instant() : arrivedAt;
                r.assignRoom(room, null, stay.arrival(), "frontdesk", at);
                r.checkIn(new Registration(new IdentityDocument(random.nextBoolean() ? DocumentType.PASSPORT
                        : DocumentType.ID_CARD, "X" + (10_000_000 + random.nextInt(89_999_999))), null, null,
                        List.of(), 1 + random.nextInt(2), null, null), stay.arrival(), false, "frontdesk", at);
                em.persist(r); // its id names what the audit posted for it
                Folio folio = new Folio(r, CURRENCY);
                // drawn apart from the hotel's own random numbers, so the rest of the demo is as before
                org.innkeeper.domain.company.Company company = companyChoice.nextInt(25) == 0
                        ? companies.get(companyChoice.nextInt(companies.size())) : null;
                if (company != null) {
                    // a business guest: the company pays the room and its tax
                    folio.openWindow(company.name(), company.address(), company.vatId(), company.id());
                    folio.route(articles.get(Article.ROOM), 2, null, null);
                    folio.route(articles.get(Article.CITY_TAX), 2, null, null);
                }
                postNightsBefore(folio, r, today);
                postExtras(random, folio, stay, today);
                if (status.equals("CHECKED_OUT")) {
                    Instant leftAt = notLater(stay.departure().atTime(10, random.nextInt(60))
                            .atZone(ZoneId.systemDefault()).toInstant());
                    PaymentMethod method = random.nextInt(4) == 0 ? PaymentMethod.CASH : PaymentMethod.CARD;
                    Stamp leaving = new Stamp(stay.departure(), leftAt, "frontdesk");
                    if (company != null) {
                        folio.directBill(2, leaving); // on the company's account
                    }
                    if (folio.balance(1).isPositive()) {
                        folio.recordPayment(method, folio.balance(1), method == PaymentMethod.CARD
                                ? String.format("%04d", random.nextInt(10_000)) : null, leaving);
                    }
                    r.checkOut(folio.balance(), leftAt);
                } else if (random.nextBoolean() && folio.balance(1).isPositive()) {
                    folio.recordPayment(PaymentMethod.CARD, folio.balance(1), String.format("%04d", random.nextInt(10_000)),
                            new Stamp(today, clock.instant(), "frontdesk"));
                }
                em.persist(folio);
                return;
            }
            default -> {
                // confirmed: nothing more until the guest arrives
            }
        }
        em.persist(r);
    }

    /**
     * An invoice for every stay checked out, numbered in the order the guests left, as check-out issued
     * them (their PDFs are rendered when first printed, from the invoice as it was issued).
     */
    private long invoiceCheckedOutStays() {
        // numbered in the order the guests left; a page of folios at a time, each page committed
        List<Long> ids = em.createQuery("select f.id from Folio f"
                + " where f.reservation.status = org.innkeeper.domain.reservation.ReservationStatus.CHECKED_OUT"
                + " order by f.reservation.checkedOutAt, f.reservation.id", Long.class).getResultList();
        long number = 0;
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> page = ids.subList(from, Math.min(ids.size(), from + 500));
            // no alias on a fetch join: WildFly holds queries to the JPA specification
            Map<Long, Folio> byId = new HashMap<>();
            em.createQuery("select f from Folio f join fetch f.reservation where f.id in :ids", Folio.class)
                    .setParameter("ids", page).getResultList().forEach(f -> byId.put(f.id(), f));
            for (Long id : page) {
                number = invoice(byId.get(id), number);
            }
            checkpoint();
        }
        em.createNativeQuery("update invoice_counter set next_number = ?1 where series = 'INVOICE'")
                .setParameter(1, number + 1).executeUpdate();
        em.flush();
        em.clear();
        return number;
    }

    /** The invoices of one checked-out folio, one per window that holds more than payments; the last number used. */
    private long invoice(Folio folio, long lastNumber) {
        long number = lastNumber;
        Reservation r = folio.reservation();
        LocalDate left = LocalDate.ofInstant(r.checkedOutAt(), ZoneId.systemDefault());
        String language = r.guest() != null && "ru".equals(r.guest().language()) ? "ru" : "en";
        Stamp stamp = new Stamp(left, r.checkedOutAt(), "frontdesk");
        for (int window : folio.windowNumbers()) {
            // what the window holds, but the direct bill that moved it to the company's account
            List<org.innkeeper.domain.folio.Posting> lines = folio.postings().stream()
                    .filter(p -> p.window() == window && !"DIRECT_BILL".equals(p.category())).toList();
            if (lines.stream().allMatch(org.innkeeper.domain.folio.Posting::isPayment)) {
                continue;
            }
            org.innkeeper.domain.folio.FolioWindow payee = folio.windows().stream()
                    .filter(w -> w.number() == window).findFirst().orElse(null);
            org.innkeeper.domain.invoice.Invoice invoice = org.innkeeper.domain.invoice.Invoice.issue(++number, folio,
                    window, lines, payee == null ? new org.innkeeper.domain.invoice.Recipient(r.guestName(), null, null)
                            : new org.innkeeper.domain.invoice.Recipient(payee.payeeName(), payee.payeeAddress(),
                                    payee.payeeVatId()), language, r.stay().arrival(), r.stay().departure(), stamp);
            em.persist(invoice);
            if (payee != null && payee.companyId() != null) {
                billCompany(payee.companyId(), invoice, r, stamp);
            }
        }
        return number;
    }

    /** The companies of the demo, billed directly for some business guests. */
    private final List<org.innkeeper.domain.company.Company> companies = new ArrayList<>();
    private Random companyChoice = new Random(7);

    private void setUpCompanies() {
        companies.add(new org.innkeeper.domain.company.Company("Acme Travel Ltd", "1 Long Lane, London EC1A 9HF, UK",
                "GB123456789", new BigDecimal("20000")));
        companies.add(new org.innkeeper.domain.company.Company("Nordlicht Consulting GmbH",
                "Friedrichstraße 88, 10117 Berlin", "DE811223344", new BigDecimal("15000")));
        companies.add(new org.innkeeper.domain.company.Company("Volga Engineering LLC", "Nab. 12, Samara, Russia",
                "RU6315000001", new BigDecimal("8000")));
        companies.forEach(em::persist);
        em.flush();
    }

    /**
     * A company's invoice on its city ledger account; most of those older than six weeks were paid three
     * weeks after they were issued, so the ageing list shows items of every age.
     */
    private void billCompany(long companyId, org.innkeeper.domain.invoice.Invoice invoice, Reservation r, Stamp stamp) {
        Money amount = Money.of(invoice.balance(), CURRENCY);
        if (!amount.isPositive()) {
            return;
        }
        em.persist(org.innkeeper.domain.company.LedgerEntry.billed(companyId, invoice.id(), invoice.printedNumber(),
                amount, stamp, r.confirmationNumber().value() + " " + r.guestName()));
        LocalDate paidOn = stamp.businessDate().plusDays(21);
        if (paidOn.isBefore(LocalDate.now(clock).minusDays(21)) && invoice.number() % 5 != 0) {
            em.persist(org.innkeeper.domain.company.LedgerEntry.paid(companyId, amount, "BANK_TRANSFER",
                    invoice.printedNumber(), new Stamp(paidOn, paidOn.atTime(11, 0).atZone(ZoneId.systemDefault())
                            .toInstant(), "frontdesk")));
        }
    }

    /** Every past day's figures frozen as the night audit would have frozen them, and yesterday's books ahead. */
    private void freezeHistory(LocalDate first, LocalDate today, ZoneId zone) {
        statistics.computeDays(first, today.minusDays(1), zone, CURRENCY,
                day -> day.plusDays(1).atTime(2, 0).atZone(zone).toInstant()).forEach(statistics::store);
        statistics.snapshotOnTheBooks(today.minusDays(1));
        // last year's books around this date, so pace against last year reads frozen rows from the first day
        LocalDate aYearAgo = today.minusDays(1).minusYears(1);
        for (LocalDate day = aYearAgo; !day.isAfter(aYearAgo.plusDays(14)); day = day.plusDays(1)) {
            statistics.reconstructOnTheBooks(day, day.plusDays(1).atTime(2, 0).atZone(zone).toInstant());
        }
        em.flush();
        em.clear();
    }

    /** The catalogue's articles by code, and those a night is posted with. */
    private final Map<String, Article> articles = new HashMap<>();
    private Folio.NightArticles nightArticles;

    /**
     * The demo hotel's catalogue: rooms at 7 % VAT, food, drink and the other services at 19 %, list
     * prices where a hotel has them (breakfast, parking, early check-in and late check-out).
     */
    private void setUpCatalogue() {
        BigDecimal standard = new BigDecimal("19.00");
        for (Article a : em.createQuery("select a from Article a", Article.class).getResultList()) {
            a.followVat(TAXES.vatPercent());
            BigDecimal price = switch (a.code()) {
                case "BREAKFAST" -> new BigDecimal("18.00");
                case "PARKING" -> new BigDecimal("15.00");
                case "EARLY_CHECKIN", "LATE_CHECKOUT" -> new BigDecimal("30.00");
                default -> null;
            };
            if (!a.systemArticle()) {
                boolean room = a.code().equals("EARLY_CHECKIN") || a.code().equals("LATE_CHECKOUT");
                a.change(a.name(), a.department(), room ? TAXES.vatPercent() : standard, price, true);
            }
            articles.put(a.code(), a);
        }
        em.flush();
        nightArticles = new Folio.NightArticles(articles.get(Article.ROOM), articles.get(Article.CITY_TAX),
                articles.get(Article.BREAKFAST));
    }

    /** The fee of a cancellation or no-show on the booking's folio, settled on its card if it has one. */
    private void chargeFee(Reservation r, String article, Money fee, Stamp stamp) {
        em.persist(r);
        if (!fee.isPositive()) {
            return;
        }
        Folio folio = new Folio(r, CURRENCY);
        folio.postFee(articles.get(article), articles.get(article).name() + " · " + r.confirmationNumber().value(), fee,
                TAXES.vatPercent(), stamp);
        if (r.guaranteeCardLast4() != null) {
            folio.recordPayment(PaymentMethod.CARD, fee, r.guaranteeCardLast4(), stamp);
        }
        em.persist(folio);
    }

    /**
     * What happened by now happened no later than now: a guest cancelling two days after booking
     * yesterday, or leaving at ten when the demo starts at eight, did so before the seeder's clock.
     * (Reservations modified in the future never came up in a channel's sync from now on.)
     */
    private Instant notLater(Instant at) {
        Instant now = clock.instant();
        return at.isAfter(now) ? now : at;
    }

    private static LocalDate earlier(LocalDate date, Instant at, LocalDate today) {
        LocalDate day = LocalDate.ofInstant(at, ZoneId.systemDefault());
        LocalDate d = day.isBefore(date) ? day : date;
        return d.isAfter(today) ? today : d;
    }

    /** The nights before today, as the audit of each of those days posted them. */
    private void postNightsBefore(Folio folio, Reservation r, LocalDate today) {
        for (org.innkeeper.domain.reservation.NightlyRate night : r.nights()) {
            if (!night.night().isBefore(today)) {
                break;
            }
            Instant at = night.night().atTime(23, 30).atZone(ZoneId.systemDefault()).toInstant();
            folio.postNight(night, nightArticles, r.room().number(), r.adults(), r.breakfastIncluded(),
                    TAXES.vatPercent(), new Stamp(night.night(), at, "night audit"));
        }
    }

    private static final String[][] EXTRAS = {
        {"MINIBAR", "Minibar"}, {"RESTAURANT", "Dinner, riverside restaurant"}, {"BAR", "Lobby bar"},
        {"LAUNDRY", "Laundry service"}, {"SPA", "Spa treatment"}, {"PARKING", "Garage parking"}};

    private void postExtras(Random random, Folio folio, StayPeriod stay, LocalDate today) {
        int extras = random.nextInt(4);
        for (int i = 0; i < extras; i++) {
            LocalDate day = stay.arrival().plusDays(random.nextInt(stay.nights()));
            if (day.isAfter(today)) {
                continue;
            }
            String[] extra = EXTRAS[random.nextInt(EXTRAS.length)];
            BigDecimal amount = BigDecimal.valueOf(5 + random.nextInt(90)).add(new BigDecimal("0.50"));
            folio.postCharge(articles.get(extra[0]), extra[1], Money.of(amount, CURRENCY),
                    new Stamp(day, day.atTime(19, 0).atZone(ZoneId.systemDefault()).toInstant(), "frontdesk"));
        }
    }

    /**
     * Today's picture: guests due out are still in their rooms, unless today's arrivals need the
     * room, in which case they left early this morning (paid, room cleaned since). Some vacant rooms
     * wait for housekeeping, never so many that today's arrivals can't be roomed.
     */
    private void settleRoomStatuses(Random random, LocalDate today, Map<String, List<Room>> rooms) {
        Map<String, Long> dueToday = new HashMap<>();
        em.createQuery("select r.roomType.code, count(r) from Reservation r where r.stay.arrival = :d"
                        + " and r.status in :expected group by r.roomType.code", Object[].class)
                .setParameter("d", today).setParameter("expected", ReservationStatus.expectedToArrive()).getResultList()
                .forEach(row -> dueToday.put((String) row[0], (Long) row[1]));
        List<Reservation> dueOut = em.createQuery("select r from Reservation r join fetch r.room"
                        + " join fetch r.roomType where r.stay.departure = :d"
                        + " and r.status = org.innkeeper.domain.reservation.ReservationStatus.IN_HOUSE"
                        + " order by r.id", Reservation.class)
                .setParameter("d", today).getResultList();
        for (Map.Entry<String, List<Room>> entry : rooms.entrySet()) {
            // Rooms whose guests left before today have been cleaned since.
            entry.getValue().stream().filter(r -> r.occupancy() == Occupancy.VACANT)
                    .forEach(r -> r.changeHousekeeping(HousekeepingStatus.CLEAN));
            long needed = dueToday.getOrDefault(entry.getKey(), 0L) + FREE_ROOMS_KEPT
                    + outOfOrder(entry.getKey(), today, today);
            long ready = entry.getValue().stream().filter(Room::isAssignable).count();
            List<Reservation> leavingOfType = new ArrayList<>(dueOut.stream()
                    .filter(r -> r.roomType().code().equals(entry.getKey()) && r.status() != ReservationStatus.CHECKED_OUT)
                    .toList());
            // Guests due out leave early when their rooms are needed, but one of each type stays to be checked
            // out at the desk unless today's arrivals could not be roomed without that room.
            long arriving = dueToday.getOrDefault(entry.getKey(), 0L) + outOfOrder(entry.getKey(), today, today);
            while (!leavingOfType.isEmpty() && (ready < arriving || ready < needed && leavingOfType.size() > 1)) {
                Reservation leaving = leavingOfType.remove(0);
                leaveEarly(leaving, random, today);
                leaving.room().changeHousekeeping(HousekeepingStatus.INSPECTED);
                ready++;
            }
            if (leavingOfType.size() >= 2) {
                // one more left early and their room waits for housekeeping: dirty, vacant
                leaveEarly(leavingOfType.remove(0), random, today);
            }
            List<Room> vacant = entry.getValue().stream().filter(r -> r.occupancy() == Occupancy.VACANT).toList();
            long mayBeDirty = ready - needed;
            int dirty = 0;
            for (Room room : vacant) {
                if (!room.isAssignable()) {
                    continue;
                }
                // at least one room of each type waits for housekeeping where the day allows it
                boolean makeDirty = dirty < mayBeDirty && (dirty == 0 || random.nextInt(3) == 0);
                room.changeHousekeeping(makeDirty ? HousekeepingStatus.DIRTY
                        : random.nextBoolean() ? HousekeepingStatus.CLEAN : HousekeepingStatus.INSPECTED);
                if (makeDirty) {
                    dirty++;
                }
            }
        }
    }

    /** A guest due out today who left this morning, bill paid; the room is vacant and dirty. */
    private void leaveEarly(Reservation leaving, Random random, LocalDate today) {
        Folio folio = em.createQuery("select f from Folio f where f.reservation = :r", Folio.class)
                .setParameter("r", leaving).getSingleResult();
        Instant leftAt = notLater(today.atTime(7, 30 + random.nextInt(30)).atZone(ZoneId.systemDefault()).toInstant());
        Stamp left = new Stamp(today, leftAt, "frontdesk");
        if (folio.companyOf(2) != null && folio.balance(2).isPositive()) {
            folio.directBill(2, left);
        }
        if (folio.balance(1).isPositive()) {
            folio.recordPayment(PaymentMethod.CARD, folio.balance(1), String.format("%04d", random.nextInt(10_000)), left);
        }
        leaving.checkOut(folio.balance(), leftAt);
    }

    private static int pick(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
