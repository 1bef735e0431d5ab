package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.innkeeper.application.AvailabilityService;
import org.innkeeper.application.dto.NightPriceView;
import org.innkeeper.application.dto.OfferView;
import org.innkeeper.application.dto.RatePlanView;
import org.innkeeper.application.dto.RoomTypeView;
import org.innkeeper.domain.inventory.InventoryRepository;
import org.innkeeper.domain.rate.NightlyPrices;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RateRepository;
import org.innkeeper.domain.room.RoomRepository;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.StayPeriod;

@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultAvailabilityService implements AvailabilityService {

    @Inject
    RoomRepository rooms;
    @Inject
    RateRepository rates;
    @Inject
    InventoryRepository inventory;
    @Inject
    HotelCalendar calendar;

    @Override
    public List<OfferView> search(LocalDate arrival, LocalDate departure, int adults) {
        StayPeriod stay = new StayPeriod(arrival, departure);
        if (adults < 1 || adults > 8) {
            throw new InvalidValueException("adults", "adults must be between 1 and 8");
        }
        calendar.requireBookable(stay);
        Map<Long, Integer> left = inventory.roomsLeft(stay);
        Map<RateRepository.PlanAndType, NightlyPrices> prices = rates.pricesFor(stay);
        List<RatePlan> plans = rates.ratePlans();
        List<OfferView> offers = new ArrayList<>();
        for (RoomType type : rooms.roomTypes()) {
            int roomsLeft = left.getOrDefault(type.id(), 0);
            if (roomsLeft == 0 || !type.sleeps(adults)) {
                continue;
            }
            for (RatePlan plan : plans) {
                NightlyPrices nightly = prices.get(new RateRepository.PlanAndType(plan.id(), type.id()));
                if (nightly == null || !nightly.complete()) {
                    continue;
                }
                List<NightPriceView> nights = nightly.byNight().entrySet().stream()
                        .map(e -> new NightPriceView(e.getKey(), e.getValue().amount()))
                        .toList();
                offers.add(new OfferView(type.code(), type.name(), plan.code(), plan.name(),
                        type.maxOccupancy(), roomsLeft, nights, nightly.total().amount(), nightly.total().currency()));
            }
        }
        offers.sort(Comparator.comparing(OfferView::total));
        return offers;
    }

    @Override
    public List<RoomTypeView> roomTypes() {
        Map<Long, Long> counts = rooms.roomCountsByType();
        return rooms.roomTypes().stream()
                .map(t -> new RoomTypeView(t.code(), t.name(), t.maxOccupancy(),
                        counts.getOrDefault(t.id(), 0L).intValue()))
                .toList();
    }

    @Override
    public List<RatePlanView> ratePlans() {
        return rates.ratePlans().stream()
                .map(p -> new RatePlanView(p.code(), p.name(), p.description()))
                .toList();
    }
}
