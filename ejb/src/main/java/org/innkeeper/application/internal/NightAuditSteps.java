package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.innkeeper.application.dto.NightAuditView;
import org.innkeeper.domain.audit.AuditLogLine;
import org.innkeeper.domain.audit.AuditStep;
import org.innkeeper.domain.audit.NightAudit;
import org.innkeeper.domain.audit.NightAuditRepository;
import org.innkeeper.domain.folio.Folio;
import org.innkeeper.domain.folio.FolioRepository;
import org.innkeeper.domain.folio.Stamp;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.inventory.InventoryRepository;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RateRepository;
import org.innkeeper.domain.report.StatisticsRepository;
import org.innkeeper.domain.reservation.NightlyRate;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationRepository;
import org.innkeeper.domain.reservation.ReservationStatus;
import org.innkeeper.domain.room.HousekeepingStatus;
import org.innkeeper.domain.room.Occupancy;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomBlock;
import org.innkeeper.domain.room.RoomRepository;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StateConflictException;

/**
 * The night audit's steps, each in a transaction of its own. A step locks the audit's row, does
 * its work only if the audit has not finished it yet, and records that it has, all in the same
 * transaction: so a step is done once, whatever fails or runs twice. What the posting step posts
 * carries a unique key (stay, night, article) besides: the database refuses a second posting.
 */
@Stateless
public class NightAuditSteps {

    private static final Logger LOG = Logger.getLogger(NightAuditSteps.class.getName());

    public static final String BLOCKING = "BLOCKING";
    public static final String WARNING = "WARNING";

    @Inject
    HotelCalendar calendar;
    @Inject
    NightAuditRepository audits;
    @Inject
    ReservationRepository reservations;
    @Inject
    FolioRepository folios;
    @Inject
    Accounts accounts;
    @Inject
    RoomRepository rooms;
    @Inject
    InventoryRepository inventory;
    @Inject
    RateRepository rates;
    @Inject
    StatisticsRepository statistics;
    @Inject
    org.innkeeper.application.ReservationService bookings;

    /** The checks before the close of {@code date}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<NightAuditView.Check> checks(LocalDate date) {
        List<NightAuditView.Check> checks = new ArrayList<>();
        List<String> stillIn = reservations.inHouse().stream().filter(r -> !r.stay().departure().isAfter(date))
                .map(r -> r.confirmationNumber().value() + " · " + r.guestName() + " · room "
                        + (r.room() == null ? "-" : r.room().number()) + " · due out " + r.stay().departure())
                .toList();
        if (!stillIn.isEmpty()) {
            checks.add(new NightAuditView.Check("departures-not-checked-out", BLOCKING,
                    "Departures not checked out: check them out or extend their stay", stillIn));
        }
        List<String> notArrived = reservations.arrivingOn(date).stream()
                .filter(r -> ReservationStatus.expectedToArrive().contains(r.status()))
                .map(r -> r.confirmationNumber().value() + " · " + r.guestName() + " · " + r.status().name().toLowerCase()
                        + (r.guaranteeCardLast4() == null ? "" : " · card ···· " + r.guaranteeCardLast4()))
                .toList();
        if (!notArrived.isEmpty()) {
            checks.add(new NightAuditView.Check("arrivals-not-checked-in", WARNING,
                    "Arrivals not checked in: the audit makes them no-shows and posts the no-show fee", notArrived));
        }
        Map<String, BigDecimal> open = folios.openBalancesOfDeparted();
        if (!open.isEmpty()) {
            checks.add(new NightAuditView.Check("open-balances", WARNING,
                    "Open balances on stays that are over (fees not settled, refunds due)",
                    open.entrySet().stream().limit(50).map(e -> e.getKey() + " · " + e.getValue()).toList()));
        }
        List<String> deposits = new ArrayList<>();
        for (LocalDate day = date.plusDays(1); !day.isAfter(date.plusDays(7)); day = day.plusDays(1)) {
            for (Reservation r : reservations.arrivingOn(day)) {
                Money due = r.status().isUpcoming() ? r.depositDue() : null;
                if (due != null && due.isPositive()) {
                    Money paid = folios.forReservation(r).map(Folio::payments).orElse(Money.zero(due.currency()));
                    if (due.isGreaterThan(paid)) {
                        deposits.add(r.confirmationNumber().value() + " · " + r.guestName() + " · arrives " + day
                                + " · deposit " + due + ", paid " + paid);
                    }
                }
            }
        }
        if (!deposits.isEmpty()) {
            checks.add(new NightAuditView.Check("unsettled-deposits", WARNING,
                    "Deposits due in the coming week and not yet paid", deposits));
        }
        return checks;
    }

    /** The business date, its pre-checks and the last audit, read afresh. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public NightAuditView view() {
        LocalDate date = calendar.businessDate();
        List<NightAuditView.Check> checks = checks(date);
        boolean blocked = checks.stream().anyMatch(c -> c.severity().equals(BLOCKING));
        NightAuditView.Run last = audits.find(date).or(() -> audits.latest(1).stream().findFirst())
                .map(a -> run(a).apply(audits)).orElse(null);
        return new NightAuditView(date, checks, blocked, last, calendar.hotel().auditHour());
    }

    static java.util.function.Function<NightAuditRepository, NightAuditView.Run> run(NightAudit a) {
        return repository -> new NightAuditView.Run(a.businessDate(), a.status().name(), a.lastStep(), a.startedBy(),
                a.startedAt(), a.finishedAt(), repository.log(a.businessDate()).stream()
                .map(l -> new NightAuditView.LogLine(l.step(), AuditStep.of(l.step()).label(), l.at(), l.by(), l.message()))
                .toList());
    }

    /** Sets the hour the audit runs by itself (null: only by hand). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void scheduleAt(Integer hour) {
        calendar.hotel().runAuditAt(hour);
    }

    /** Opens the audit of {@code date} (once: the date is the key), or finds the one begun before. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void begin(LocalDate date, String by) {
        if (audits.find(date).isEmpty()) {
            audits.store(new NightAudit(date, by, calendar.now()));
        }
    }

    /**
     * Runs one step of the audit of {@code date} if it is still to do. Returns false when it had been
     * done already (by an earlier or a parallel run).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean run(LocalDate date, AuditStep step, boolean acknowledgeWarnings, String by) {
        NightAudit audit = audits.findForUpdate(date).orElseThrow(() -> new IllegalStateException(
                "the audit of " + date + " was not begun"));
        if (!audit.needs(step)) {
            return false;
        }
        Instant now = calendar.now();
        String done = switch (step) {
            case PRE_CHECKS -> preChecks(date, acknowledgeWarnings, by);
            case NO_SHOWS -> noShows(date);
            case POSTING -> post(date, by, now);
            case HOUSEKEEPING -> housekeeping(date, by, now);
            case STATISTICS -> freeze(date, now);
            case ROLL_DATE -> roll(date);
        };
        audit.finished(step, now);
        audits.log(new AuditLogLine(date, step, now, by, done));
        LOG.info(() -> "Night audit " + date + ", step " + step.number() + " (" + step.label() + "): " + done);
        return true;
    }

    private String preChecks(LocalDate date, boolean acknowledged, String by) {
        List<NightAuditView.Check> checks = checks(date);
        List<NightAuditView.Check> blocking = checks.stream().filter(c -> c.severity().equals(BLOCKING)).toList();
        if (!blocking.isEmpty()) {
            throw new StateConflictException("audit-blocked", blocking.get(0).title() + ": "
                    + String.join("; ", blocking.get(0).items().stream().limit(5).toList())
                    + (blocking.get(0).items().size() > 5 ? " and " + (blocking.get(0).items().size() - 5) + " more" : ""));
        }
        List<NightAuditView.Check> warnings = checks.stream().filter(c -> c.severity().equals(WARNING)).toList();
        if (!warnings.isEmpty() && !acknowledged) {
            throw new StateConflictException("audit-warnings", "acknowledge the pre-check warnings to run the audit: "
                    + String.join("; ", warnings.stream().map(c -> c.title() + " (" + c.items().size() + ")").toList()));
        }
        return warnings.isEmpty() ? "All pre-checks passed"
                : "Warnings acknowledged by " + by + ": " + String.join("; ",
                        warnings.stream().map(c -> c.title() + " (" + c.items().size() + ")").toList());
    }

    private String noShows(LocalDate date) {
        List<String> done = new ArrayList<>();
        BigDecimal fees = BigDecimal.ZERO;
        for (Reservation r : reservations.arrivingOn(date)) {
            if (ReservationStatus.expectedToArrive().contains(r.status())) {
                // the same path as a clerk's no-show: fee posted (and settled on the card), nights back on sale
                var view = bookings.markNoShowClosingDay(r.confirmationNumber().value());
                done.add(r.confirmationNumber().value());
                if (view.feeCharged() != null) {
                    fees = fees.add(view.feeCharged());
                }
            }
        }
        return done.isEmpty() ? "No no-shows" : done.size() + " no-shows (" + String.join(", ", done)
                + "), fees " + fees.setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    private String post(LocalDate date, String by, Instant at) {
        Hotel hotel = calendar.hotel();
        Folio.NightArticles articles = accounts.nightArticles();
        Stamp stamp = new Stamp(date, at, by);
        int stays = 0;
        int postings = 0;
        Money total = Money.zero(hotel.currency());
        java.util.Map<String, org.innkeeper.domain.folio.Article> catalogue = new java.util.HashMap<>();
        for (Reservation r : reservations.inHouse()) {
            if (r.stay().arrival().isAfter(date) || !r.stay().departure().isAfter(date)) {
                continue;
            }
            NightlyRate night = r.nights().stream().filter(n -> n.night().equals(date)).findFirst().orElse(null);
            if (night == null) {
                LOG.warning(() -> r.confirmationNumber() + " has no price for the night of " + date);
                continue;
            }
            if (r.houseUse()) {
                // the hotel's own use: the room posted at zero (counted as house use), no city tax
                Money zero = Money.zero(hotel.currency());
                night = new NightlyRate(new org.innkeeper.domain.rate.StayQuote.NightQuote(date, zero, zero, zero));
            }
            Folio folio = accounts.of(r);
            String roomNumber = r.room() == null ? null : r.room().number();
            List<org.innkeeper.domain.folio.Posting> posted = new java.util.ArrayList<>(folio.postNight(night, articles,
                    roomNumber, r.adults(), r.breakfastIncluded(), hotel.taxes().vatPercent(), stamp));
            posted.addAll(folio.postFixedCharges(date, code -> catalogue.computeIfAbsent(code, accounts::article),
                    roomNumber, stamp));
            stays++;
            postings += posted.size();
            for (var p : posted) {
                total = total.plus(p.amount());
            }
        }
        return stays + " stays posted: " + postings + " postings, " + total;
    }

    private String housekeeping(LocalDate date, String by, Instant at) {
        int dirty = 0;
        for (Room room : rooms.rooms()) {
            if (room.occupancy() == Occupancy.OCCUPIED && room.housekeeping() != HousekeepingStatus.DIRTY) {
                room.changeHousekeeping(HousekeepingStatus.DIRTY, by, at);
                dirty++;
            }
        }
        List<String> back = new ArrayList<>();
        for (RoomBlock block : rooms.blocksEndedBy(date.plusDays(1))) {
            block.end(date.plusDays(1), by, at);
            back.add(block.room().number());
        }
        return dirty + " occupied rooms turned dirty" + (back.isEmpty() ? ""
                : "; back from out of order: " + String.join(", ", back));
    }

    private String freeze(LocalDate date, Instant at) {
        Hotel hotel = calendar.hotel();
        if (statistics.day(date).isPresent()) {
            return "Statistics were frozen already";
        }
        var day = statistics.compute(date, hotel.timeZone(), hotel.currency(), at);
        statistics.store(day);
        int nights = statistics.snapshotOnTheBooks(date);
        return "Frozen: " + day.roomsSold() + " of " + day.roomsAvailable() + " rooms sold, room revenue "
                + day.roomRevenue() + ", total " + day.totalRevenue() + "; on the books: " + nights + " nights ahead";
    }

    private String roll(LocalDate date) {
        Hotel hotel = calendar.hotel();
        if (!hotel.closeBusinessDay(date)) {
            throw new StateConflictException("audit-date-moved", "the business date is " + hotel.businessDate()
                    + ", not " + date);
        }
        // the sale horizon moves with the date: open its new last night (and any gap before it)
        LocalDate last = hotel.businessDate().plusDays(Hotel.BOOKING_HORIZON_DAYS);
        LocalDate from = last.minusDays(6);
        Map<Long, Long> counts = rooms.roomCountsByType();
        int pricesSet = 0;
        for (RoomType type : rooms.roomTypes()) {
            int sellable = counts.getOrDefault(type.id(), 0L).intValue() + type.overbookingLimit();
            inventory.open(type, from, last, sellable);
            for (RatePlan plan : rates.ratePlans()) {
                if (plan.isDerived()) {
                    continue; // it follows its parent's prices
                }
                Map<LocalDate, Money> prices = new java.util.HashMap<>(rates.prices(plan, type, from.minusDays(7), last));
                for (LocalDate night = from; !night.isAfter(last); night = night.plusDays(1)) {
                    Money weekBefore = prices.get(night.minusDays(7));
                    if (!prices.containsKey(night) && weekBefore != null) {
                        // a new night is priced as the same weekday a week before
                        rates.setPrices(plan, type, night, night, EnumSet.allOf(DayOfWeek.class), weekBefore);
                        prices.put(night, weekBefore);
                        pricesSet++;
                    }
                }
            }
        }
        return "Business date is now " + hotel.businessDate() + "; sale horizon open to " + last
                + (pricesSet == 0 ? "" : " (" + pricesSet + " new nights priced)");
    }
}
