package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.innkeeper.application.AvailabilityService;
import org.innkeeper.application.dto.AlternativeView;
import org.innkeeper.application.dto.AvailabilityGridView;
import org.innkeeper.application.dto.AvailabilityView;
import org.innkeeper.application.dto.InventoryCheckView;
import org.innkeeper.application.dto.OfferView;
import org.innkeeper.application.dto.RatePlanView;
import org.innkeeper.application.dto.RoomTypeView;
import org.innkeeper.application.dto.UnavailableOfferView;
import org.innkeeper.domain.inventory.InventoryRepository;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.room.RoomRepository;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Party;
import org.innkeeper.domain.shared.StayPeriod;
import org.innkeeper.infrastructure.persistence.SalesSnapshots;

/*
 * The search reads on SalesSnapshots (below). Each other call reads in a transaction of its own, on one
 * snapshot of the database (OneSnapshot: on PostgreSQL REPEATABLE READ): a search's inventory, prices and restrictions are of one moment. Without a
 * transaction each query ran on a connection of its own in auto-commit; in one at READ COMMITTED each
 * still saw its own moment. No service calls these reads inside a transaction of its own (REQUIRES_NEW
 * would keep such a caller's uncommitted changes from them).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@jakarta.interceptor.Interceptors(OneSnapshot.class)
public class DefaultAvailabilityService implements AvailabilityService {

    /** How far alternatives may move the stay, each way. */
    static final int ALTERNATIVE_DAYS = 7;
    static final int MAX_ALTERNATIVES = 3;

    @Inject
    RoomRepository rooms;
    @Inject
    InventoryRepository inventory;
    @Inject
    HotelCalendar calendar;
    @Inject
    ReferenceData reference;
    @Inject
    SalesSnapshots snapshots;

    /**
     * The channels' hottest call, so it runs on {@link SalesSnapshots}: plain JDBC on a local
     * transaction of one snapshot, no JTA transaction and no entity manager (their per-call cost was several
     * times the database's). The rules are the same {@link SalesWindow} bookings use.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @jakarta.interceptor.ExcludeClassInterceptors
    public AvailabilityView search(LocalDate arrival, LocalDate departure, int adults, int children) {
        StayPeriod stay = new StayPeriod(arrival, departure);
        Party party = new Party(adults, children);
        return snapshots.read(sale -> search(sale, stay, party));
    }

    private AvailabilityView search(SalesSnapshots.Snapshot sale, StayPeriod stay, Party party) {
        ReferenceData.Setup setup = reference.at(sale.setupVersion());
        Today today = calendar.today(setup.requireHotel());
        today.hotel().requireBookable(stay, today.businessDate());
        List<RoomType> types = setup.roomTypes();
        List<RatePlan> plans = setup.activeRatePlans();
        SalesWindow window = SalesWindow.load(sale, today.hotel().taxes(), stay.arrival(), stay.departure());

        List<OfferView> offers = new ArrayList<>();
        List<UnavailableOfferView> unavailable = new ArrayList<>();
        java.util.SortedSet<Integer> minimumStays = new java.util.TreeSet<>();
        for (RoomType type : types) {
            for (RatePlan plan : plans) {
                SalesWindow.Evaluation e = window.evaluate(type, plan, stay, party);
                if (e.bookable()) {
                    offers.add(Views.offer(type, plan, e, today, stay));
                } else {
                    e.refusals().stream().filter(r -> r.code().equals("min-stay")).forEach(r -> minimumStays.add(r.nights()));
                    unavailable.add(new UnavailableOfferView(type.code(), type.name(), plan.code(), plan.name(),
                            Views.reasons(e.refusals())));
                }
            }
        }
        offers.sort(Comparator.comparing(OfferView::total));
        List<AlternativeView> alternatives = offers.isEmpty()
                ? alternatives(sale, stay, party, types, plans, today, longerStays(stay, minimumStays)) : List.of();
        return new AvailabilityView(stay.arrival(), stay.departure(), stay.nights(), party.adults(), party.children(),
                today.hotel().currency(), offers, unavailable, alternatives);
    }

    /** Where a minimum stay refused the request: the same arrival for that many nights. */
    private static List<StayPeriod> longerStays(StayPeriod stay, java.util.SortedSet<Integer> minimumStays) {
        return minimumStays.stream()
                .filter(n -> n > stay.nights() && n <= StayPeriod.MAX_NIGHTS)
                .map(n -> new StayPeriod(stay.arrival(), stay.arrival().plusDays(n)))
                .toList();
    }

    /**
     * Never just "no": the same arrival for the minimum stay asked, then the nearest stays of the
     * same length, a day earlier or later and so on up to a week, that some room type sells for
     * this party; the cheapest offer of each, nearest first.
     */
    private static List<AlternativeView> alternatives(SalesSnapshots.Snapshot sale, StayPeriod stay, Party party,
                                                      List<RoomType> types, List<RatePlan> plans, Today today,
                                                      List<StayPeriod> longer) {
        LocalDate first = stay.arrival().minusDays(ALTERNATIVE_DAYS);
        if (first.isBefore(today.businessDate())) {
            first = today.businessDate();
        }
        LocalDate last = stay.departure().plusDays(ALTERNATIVE_DAYS);
        for (StayPeriod l : longer) {
            last = l.departure().isAfter(last) ? l.departure() : last;
        }
        SalesWindow window = SalesWindow.load(sale, today.hotel().taxes(), first, last);
        List<AlternativeView> found = new ArrayList<>();
        for (StayPeriod l : longer) {
            if (found.size() < MAX_ALTERNATIVES) {
                cheapest(window, l, party, types, plans).ifPresent(found::add);
            }
        }
        for (int shift = 1; shift <= ALTERNATIVE_DAYS && found.size() < MAX_ALTERNATIVES; shift++) {
            for (int sign : new int[] {-1, 1}) {
                LocalDate arrival = stay.arrival().plusDays((long) sign * shift);
                if (arrival.isBefore(first) || found.size() >= MAX_ALTERNATIVES) {
                    continue;
                }
                StayPeriod moved = new StayPeriod(arrival, arrival.plusDays(stay.nights()));
                cheapest(window, moved, party, types, plans).ifPresent(found::add);
            }
        }
        return found;
    }

    private static java.util.Optional<AlternativeView> cheapest(SalesWindow window, StayPeriod stay, Party party,
                                                                List<RoomType> types, List<RatePlan> plans) {
        AlternativeView best = null;
        for (RoomType type : types) {
            for (RatePlan plan : plans) {
                SalesWindow.Evaluation e = window.evaluate(type, plan, stay, party);
                if (e.bookable() && (best == null || e.quote().total().amount().compareTo(best.total()) < 0)) {
                    best = new AlternativeView(stay.arrival(), stay.departure(), type.code(), type.name(), plan.code(),
                            plan.name(), e.roomsLeft(), e.quote().total().amount(), e.quote().total().currency());
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    @Override
    public AvailabilityGridView grid(LocalDate from, int days) {
        if (from == null) {
            throw new InvalidValueException("from", "the first date is required");
        }
        if (days < 1 || days > MAX_GRID_DAYS) {
            throw new InvalidValueException("days", "the grid shows 1 to " + MAX_GRID_DAYS + " days");
        }
        LocalDate to = from.plusDays(days);
        Map<Long, Map<LocalDate, InventoryRepository.InventoryNightView>> byType = new HashMap<>();
        inventory.nights(from, to).forEach(n -> byType.computeIfAbsent(n.roomTypeId(), k -> new HashMap<>()).put(n.night(), n));
        List<LocalDate> dates = from.datesUntil(to).toList();
        Map<Long, Long> counts = rooms.roomCountsByType();
        List<AvailabilityGridView.Row> rows = reference.current().roomTypes().stream().map(type -> {
            Map<LocalDate, InventoryRepository.InventoryNightView> nights = byType.getOrDefault(type.id(), Map.of());
            return new AvailabilityGridView.Row(type.code(), type.name(), counts.getOrDefault(type.id(), 0L).intValue(),
                    dates.stream().map(d -> nights.containsKey(d) ? nights.get(d).left() : 0).toList(),
                    dates.stream().map(d -> nights.containsKey(d) ? nights.get(d).sold() : 0).toList());
        }).toList();
        return new AvailabilityGridView(from, dates, rows);
    }

    @Override
    public InventoryCheckView inventoryCheck(LocalDate from, LocalDate to) {
        LocalDate first = from != null ? from : calendar.today().businessDate();
        LocalDate last = to != null ? to : first.plusYears(1);
        if (!last.isAfter(first)) {
            throw new InvalidValueException("to", "the check ends after it starts");
        }
        if (first.plusDays(MAX_CHECK_DAYS).isBefore(last)) {
            throw new InvalidValueException("to", "the check reads at most " + MAX_CHECK_DAYS + " days");
        }
        List<InventoryCheckView.Difference> differences = inventory.differences(first, last).stream()
                .map(d -> new InventoryCheckView.Difference(d.roomType(), d.night(), d.sold(), d.held(),
                        d.sold() - d.held()))
                .toList();
        return new InventoryCheckView(first, last, differences.isEmpty(), differences);
    }

    @Override
    public List<RoomTypeView> roomTypes() {
        return Views.roomTypes(rooms);
    }

    @Override
    public List<RatePlanView> ratePlans() {
        return reference.current().activeRatePlans().stream().map(Views::ratePlan).toList();
    }
}
