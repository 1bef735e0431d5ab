package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.innkeeper.application.SetupService;
import org.innkeeper.application.dto.PriceCalendarView;
import org.innkeeper.application.dto.PriceChange;
import org.innkeeper.application.dto.PolicyTerms;
import org.innkeeper.application.dto.RatePlanForm;
import org.innkeeper.application.dto.RatePlanView;
import org.innkeeper.application.dto.RestrictionChange;
import org.innkeeper.application.dto.RoomForm;
import org.innkeeper.application.dto.RoomTypeForm;
import org.innkeeper.application.dto.RoomTypeView;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.application.dto.TaxSettings;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.hotel.TaxPolicy;
import org.innkeeper.domain.inventory.InventoryRepository;
import org.innkeeper.domain.rate.FeeBasis;
import org.innkeeper.domain.rate.GuaranteeType;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RatePolicies;
import org.innkeeper.domain.rate.RateRepository;
import org.innkeeper.domain.rate.StayRestriction;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomRepository;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.NotFoundException;
import org.innkeeper.domain.shared.Party;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.domain.shared.StayPeriod;

@Stateless
@Interceptors(ConcurrentChanges.class)
public class DefaultSetupService implements SetupService {

    private static final Logger LOG = Logger.getLogger(DefaultSetupService.class.getName());

    /** The longest span one bulk change covers. */
    static final int MAX_BULK_DAYS = Hotel.BOOKING_HORIZON_DAYS + 1;

    @Inject
    RoomRepository rooms;
    @Inject
    RateRepository rates;
    @Inject
    InventoryRepository inventory;
    @Inject
    HotelCalendar calendar;
    @Inject
    org.innkeeper.domain.folio.ArticleRepository articles;
    @Inject
    org.innkeeper.application.Actor actor;

    @Override
    public List<RoomTypeView> roomTypes() {
        return Views.roomTypes(rooms);
    }

    @Override
    public RoomTypeView saveRoomType(RoomTypeForm form) {
        String code = code(form.code());
        LocalDate today = calendar.businessDate();
        RoomType type = rooms.roomType(code).orElse(null);
        if (type == null) {
            type = new RoomType(code, form.name(), form.maxOccupancy(), form.standardOccupancy(),
                    rooms.roomTypes().size());
            int allowance = type.changeOverbookingLimit(form.overbookingLimit());
            rooms.store(type);
            // no rooms yet: sellable is the allowance alone until rooms are added
            inventory.open(type, today, today.plusDays(Hotel.BOOKING_HORIZON_DAYS), allowance);
            LOG.info("Room type " + code + " created");
        } else {
            type.change(form.name(), form.maxOccupancy(), form.standardOccupancy());
            inventory.changeSellable(type, today, type.changeOverbookingLimit(form.overbookingLimit()));
        }
        return Views.roomType(type, rooms.roomCountsByType());
    }

    @Override
    public RoomView addRoom(RoomForm form) {
        String number = form.number().trim();
        if (rooms.room(number).isPresent()) {
            throw new StateConflictException("room-exists", "number", "room " + number + " exists already");
        }
        if (form.floor() < -5 || form.floor() > 200) {
            throw new InvalidValueException("floor", "a floor is between -5 and 200");
        }
        RoomType type = rooms.roomType(code(form.roomType()))
                .orElseThrow(() -> new InvalidValueException("roomType", "unknown room type " + form.roomType()));
        Room room = new Room(number, form.floor(), type);
        rooms.store(room);
        inventory.changeSellable(type, calendar.businessDate(), 1);
        LOG.info("Room " + number + " (" + type.code() + ") added");
        return Views.room(room);
    }

    @Override
    public List<RatePlanView> ratePlans() {
        return rates.ratePlans().stream().map(Views::ratePlan).toList();
    }

    @Override
    public RatePlanView saveRatePlan(RatePlanForm form) {
        String code = code(form.code());
        RatePolicies policies = policies(form.policies());
        List<RatePlan> all = rates.ratePlans();
        RatePlan plan = all.stream().filter(p -> p.code().equals(code)).findFirst().orElse(null);
        if (plan == null) {
            plan = new RatePlan(code, form.name(), form.description(), all.size(), policies);
            rates.store(plan);
        } else {
            plan.rename(form.name(), form.description());
            plan.changePolicies(policies);
        }
        RatePlan edited = plan;
        if (form.parent() == null || form.parent().isBlank()) {
            if (form.adjustmentPercent() != null) {
                throw new InvalidValueException("adjustmentPercent", "an adjustment needs a plan to derive from");
            }
            edited.deriveFrom(null, null);
        } else {
            if (all.stream().anyMatch(p -> p.parent() != null && p.parent().code().equals(code))) {
                throw new InvalidValueException("parent", "other plans are derived from " + code
                        + "; it keeps prices of its own");
            }
            RatePlan base = all.stream().filter(p -> p.code().equals(code(form.parent()))).findFirst()
                    .orElseThrow(() -> new InvalidValueException("parent", "unknown rate plan " + form.parent()));
            if (form.adjustmentPercent() == null) {
                throw new InvalidValueException("adjustmentPercent", "a derived plan needs its adjustment in %");
            }
            edited.deriveFrom(base, form.adjustmentPercent());
        }
        edited.changeInclusions(form.breakfastIncluded(), form.extraAdultAmount(), form.childAmount());
        edited.activate(form.active());
        LOG.info("Rate plan " + code + " saved");
        return Views.ratePlan(edited);
    }

    static RatePolicies policies(PolicyTerms t) {
        return new RatePolicies(parse(GuaranteeType.class, t.guarantee(), "policies.guarantee"), t.depositPercent(),
                t.freeCancellationHours(), parse(FeeBasis.class, t.cancellationFee(), "policies.cancellationFee"),
                t.cancellationFeePercent(), parse(FeeBasis.class, t.noShowFee(), "policies.noShowFee"),
                t.noShowFeePercent());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "must be one of " + EnumSet.allOf(type));
        }
    }

    @Override
    public int setPrices(PriceChange change) {
        RatePlan plan = plan(change.ratePlan());
        RoomType type = type(change.roomType());
        span(change.from(), change.to());
        if (change.amount().signum() < 0 || change.amount().compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            throw new InvalidValueException("amount", "a price is between 0 and 999999.99");
        }
        int nights = rates.setPrices(plan, type, change.from(), change.to(), change.weekdays(),
                Money.of(change.amount(), calendar.currency()));
        LOG.info(() -> "Prices of " + plan.code() + "/" + type.code() + " set for " + nights + " nights");
        return nights;
    }

    @Override
    public int setPrices(List<PriceChange> changes) {
        // one transaction: a refusal of any change rolls back those before it
        int nights = 0;
        for (PriceChange change : changes) {
            nights += setPrices(change);
        }
        return nights;
    }

    @Override
    public int setRestrictions(RestrictionChange change) {
        List<RatePlan> plans = change.ratePlan() == null || change.ratePlan().isBlank() ? rates.ratePlans()
                : List.of(plan(change.ratePlan()));
        List<RoomType> types = change.roomType() == null || change.roomType().isBlank() ? rooms.roomTypes()
                : List.of(type(change.roomType()));
        span(change.from(), change.to());
        StayRestriction.Rules rules = new StayRestriction.Rules(change.minStay(), change.maxStay(),
                change.closedToArrival(), change.closedToDeparture(), change.stopSell());
        int set = rates.setRestrictions(plans, types, change.from(), change.to(), change.weekdays(), rules);
        LOG.info(() -> "Restrictions set on " + set + " plan-type-dates");
        return set;
    }

    @Override
    public int setRestrictions(List<RestrictionChange> changes) {
        // one transaction: a refusal of any change rolls back those before it
        int set = 0;
        for (RestrictionChange change : changes) {
            set += setRestrictions(change);
        }
        return set;
    }

    @Override
    public PriceCalendarView priceCalendar(String ratePlan, String roomType, LocalDate from, int days) {
        RatePlan plan = plan(ratePlan);
        RoomType type = type(roomType);
        if (from == null) {
            throw new InvalidValueException("from", "the first date is required");
        }
        if (days < 1 || days > MAX_CALENDAR_DAYS) {
            throw new InvalidValueException("days", "a calendar shows 1 to " + MAX_CALENDAR_DAYS + " days");
        }
        LocalDate to = from.plusDays(days - 1L);
        Map<LocalDate, Money> prices = rates.prices(plan, type, from, to);
        Map<LocalDate, StayRestriction.Rules> restrictions = rates.restrictions(plan, type, from, to);
        Party standard = new Party(type.standardOccupancy(), 0);
        List<PriceCalendarView.Day> list = from.datesUntil(to.plusDays(1)).map(date -> {
            BigDecimal price = prices.containsKey(date)
                    ? plan.quote(type, standard, new StayPeriod(date, date.plusDays(1)), prices, TaxPolicy.none())
                            .total().amount()
                    : null;
            StayRestriction.Rules r = restrictions.getOrDefault(date, StayRestriction.Rules.NONE);
            return new PriceCalendarView.Day(date, price, r.minStay(), r.maxStay(), r.closedToArrival(),
                    r.closedToDeparture(), r.stopSell());
        }).toList();
        return new PriceCalendarView(plan.code(), type.code(), calendar.currency(), list);
    }

    @Override
    public TaxSettings taxes() {
        Hotel hotel = calendar.hotel();
        TaxPolicy t = hotel.taxes();
        return new TaxSettings(t.vatPercent(), t.vatIncluded(), t.cityTaxPerPersonNight(), t.childrenExempt(),
                hotel.currency());
    }

    @Override
    public org.innkeeper.application.dto.HotelSettingsForm hotelSettings() {
        Hotel hotel = calendar.hotel();
        org.innkeeper.domain.hotel.HotelSettings s = hotel.settings();
        return new org.innkeeper.application.dto.HotelSettingsForm(s.checkInHour(), s.checkOutHour(), s.noShowHour(),
                s.optionMaxDays(), s.waitlistOfferHours(), s.saleHorizonDays(), hotel.timeZone().getId());
    }

    @Override
    public org.innkeeper.application.dto.HotelSettingsForm saveHotelSettings(
            org.innkeeper.application.dto.HotelSettingsForm form) {
        Hotel hotel = calendar.hotel();
        org.innkeeper.domain.hotel.HotelSettings before = hotel.settings();
        hotel.changeSettings(new org.innkeeper.domain.hotel.HotelSettings(form.checkInHour(), form.checkOutHour(),
                form.noShowHour(), form.optionMaxDays(), form.waitlistOfferHours(), form.saleHorizonDays()));
        if (!before.equals(hotel.settings())) {
            LOG.info(() -> "Hotel settings changed by " + actor.name() + ": " + form);
        }
        return hotelSettings();
    }

    @Override
    public TaxSettings saveTaxes(TaxSettings taxes) {
        Hotel hotel = calendar.hotel();
        hotel.changeTaxes(new TaxPolicy(taxes.vatPercent(), taxes.vatIncluded(), taxes.cityTaxPerPersonNight(),
                taxes.cityTaxChildrenExempt()));
        articles.articles().forEach(a -> a.followVat(taxes.vatPercent()));
        LOG.info("Taxes changed: VAT " + taxes.vatPercent() + " % " + (taxes.vatIncluded() ? "included" : "added")
                + ", city tax " + taxes.cityTaxPerPersonNight() + (taxes.cityTaxChildrenExempt() ? " per adult" : " per person")
                + " by " + actor.name());
        return taxes();
    }

    @Override
    public List<org.innkeeper.application.dto.ArticleView> articles() {
        return articles.articles().stream().map(Views::article).toList();
    }

    @Override
    public org.innkeeper.application.dto.ArticleView saveArticle(org.innkeeper.application.dto.ArticleForm form) {
        String code = org.innkeeper.domain.folio.Article.code(form.code());
        org.innkeeper.domain.folio.Department department = org.innkeeper.domain.folio.Department.parse(form.department());
        org.innkeeper.domain.folio.Article article = articles.article(code).orElse(null);
        if (article == null) {
            article = new org.innkeeper.domain.folio.Article(code, form.name(), department, form.vatPercent(), form.price());
            if (!form.active()) {
                article.change(form.name(), department, form.vatPercent(), form.price(), false);
            }
            articles.store(article);
            LOG.info("Article " + code + " added by " + actor.name());
        } else {
            article.change(form.name(), department, form.vatPercent(), form.price(), form.active());
            LOG.info("Article " + code + " changed by " + actor.name());
        }
        return Views.article(article);
    }

    private RatePlan plan(String code) {
        return rates.ratePlan(code(code)).orElseThrow(() -> new NotFoundException("Rate plan", code(code)));
    }

    private RoomType type(String code) {
        return rooms.roomType(code(code)).orElseThrow(() -> new NotFoundException("Room type", code(code)));
    }

    private static void span(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "the last date is before the first");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_BULK_DAYS) {
            throw new InvalidValueException("to", "one change covers at most " + MAX_BULK_DAYS + " days");
        }
    }

    private static String code(String text) {
        return text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    }

}
