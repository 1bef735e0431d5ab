package org.innkeeper.web.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.innkeeper.application.HotelService;
import org.innkeeper.application.SetupService;
import org.innkeeper.application.dto.PriceCalendarView;
import org.innkeeper.application.dto.PriceChange;
import org.innkeeper.application.dto.RatePlanView;
import org.innkeeper.application.dto.RestrictionChange;
import org.innkeeper.application.dto.RoomTypeView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/**
 * Prices and restrictions in bulk (a date range on chosen weekdays), and the price calendar that
 * shows what a rate plan sells a room type for, day by day, with its restrictions.
 */
@Named
@ViewScoped
public class RatesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SetupService setup;
    @EJB
    HotelService hotel;
    @Inject
    FacesMessages messages;
    @Inject
    SetupRefusals refusals;

    private List<RatePlanView> ratePlans;
    private List<RoomTypeView> roomTypes;

    // prices
    private String priceRatePlan;
    private String[] priceRoomTypes;
    private LocalDate priceFrom;
    private LocalDate priceTo;
    private DayOfWeek[] priceWeekdays = DayOfWeek.values();
    private BigDecimal amount;

    // restrictions: every chosen plan with every chosen room type
    private String[] restrictionRatePlans;
    private String[] restrictionRoomTypes;
    private LocalDate restrictionFrom;
    private LocalDate restrictionTo;
    private DayOfWeek[] restrictionWeekdays = DayOfWeek.values();
    private Integer minStay;
    private Integer maxStay;
    private boolean closedToArrival;
    private boolean closedToDeparture;
    private boolean stopSell;

    // calendar
    private String calendarRatePlan;
    private String calendarRoomType;
    private LocalDate calendarFrom;
    private Integer calendarDays = 14;
    /** One row of the calendar per room type shown. */
    private List<PriceCalendarView> calendars;

    @PostConstruct
    void init() {
        init(hotel.businessDate());
    }

    void init(LocalDate today) {
        ratePlans = setup.ratePlans();
        roomTypes = setup.roomTypes();
        priceFrom = priceTo = restrictionFrom = restrictionTo = calendarFrom = today;
        if (!ratePlans.isEmpty()) {
            priceRatePlan = calendarRatePlan = ratePlans.get(0).code();
        }
        // restrictions are mostly set for the whole house: all are ticked to begin with
        restrictionRatePlans = ratePlans.stream().map(RatePlanView::code).toArray(String[]::new);
        restrictionRoomTypes = roomTypes.stream().map(RoomTypeView::code).toArray(String[]::new);
    }

    public void setPrices() {
        try {
            List<PriceChange> changes = Stream.of(priceRoomTypes).map(type -> new PriceChange(priceRatePlan, type,
                    priceFrom, priceTo, weekdays(priceWeekdays), amount)).toList();
            int nights = setup.setPrices(changes);
            messages.info("setup.prices.saved", nights);
            show(priceRatePlan, priceRoomTypes.length == 1 ? priceRoomTypes[0] : null, priceFrom);
        } catch (DomainException refusal) {
            refusals.show(refusal);
        }
    }

    public void setRestrictions() {
        change(minStay, maxStay, closedToArrival, closedToDeparture, stopSell, "setup.restrictions.saved");
    }

    /** Removes every restriction of the chosen plans, types and dates, whatever rules are entered. */
    public void clearRestrictions() {
        change(null, null, false, false, false, "setup.restrictions.cleared");
    }

    private void change(Integer min, Integer max, boolean cta, boolean ctd, boolean stop, String done) {
        // every plan (or type) ticked: one change for all of them, as the service understands a blank one
        List<String> plans = all(restrictionRatePlans, ratePlans.size());
        List<String> types = all(restrictionRoomTypes, roomTypes.size());
        List<RestrictionChange> changes = new ArrayList<>();
        for (String plan : plans) {
            for (String type : types) {
                changes.add(new RestrictionChange(plan, type, restrictionFrom, restrictionTo,
                        weekdays(restrictionWeekdays), min, max, cta, ctd, stop));
            }
        }
        try {
            int set = setup.setRestrictions(changes);
            messages.info(done, set);
            show(plans.get(0) == null ? calendarRatePlan : plans.get(0), types.size() == 1 ? types.get(0) : null,
                    restrictionFrom);
        } catch (DomainException refusal) {
            refusals.show(refusal);
        }
    }

    /** The chosen codes, or a single null when all there are were chosen. */
    private static List<String> all(String[] chosen, int there) {
        if (chosen.length >= there) {
            return Collections.singletonList(null);
        }
        return List.of(chosen);
    }

    public void showCalendar() {
        try {
            calendars = calendars(calendarRatePlan, calendarRoomType, calendarFrom, calendarDays);
        } catch (DomainException refusal) {
            calendars = null;
            refusals.show(refusal);
        }
    }

    /** After a change, the calendar shows what was changed. */
    private void show(String ratePlan, String roomType, LocalDate from) {
        calendarRatePlan = ratePlan;
        calendarRoomType = roomType;
        calendarFrom = from;
        calendars = calendars(ratePlan, roomType, from, calendarDays == null ? 14 : calendarDays);
    }

    /** The calendar of one room type, or (blank) of every one. */
    private List<PriceCalendarView> calendars(String ratePlan, String roomType, LocalDate from, int days) {
        List<String> types = roomType == null || roomType.isBlank()
                ? roomTypes.stream().map(RoomTypeView::code).toList() : List.of(roomType);
        return types.stream().map(type -> setup.priceCalendar(ratePlan, type, from, days)).toList();
    }

    private static Set<DayOfWeek> weekdays(DayOfWeek[] chosen) {
        return chosen == null || chosen.length == 0 ? Set.of() : EnumSet.copyOf(List.of(chosen));
    }

    public DayOfWeek[] getWeekdays() {
        return DayOfWeek.values();
    }

    public int getMaxCalendarDays() {
        return SetupService.MAX_CALENDAR_DAYS;
    }

    public List<RatePlanView> getRatePlans() {
        return ratePlans;
    }

    public List<RoomTypeView> getRoomTypes() {
        return roomTypes;
    }

    public List<PriceCalendarView> getCalendars() {
        return calendars;
    }

    /** The calendar's columns. */
    public List<LocalDate> getCalendarDates() {
        return calendars == null || calendars.isEmpty() ? List.of()
                : calendars.get(0).days().stream().map(PriceCalendarView.Day::date).toList();
    }

    public String getPriceRatePlan() {
        return priceRatePlan;
    }

    public void setPriceRatePlan(String priceRatePlan) {
        this.priceRatePlan = priceRatePlan;
    }

    public String[] getPriceRoomTypes() {
        return priceRoomTypes;
    }

    public void setPriceRoomTypes(String[] priceRoomTypes) {
        this.priceRoomTypes = priceRoomTypes;
    }

    public LocalDate getPriceFrom() {
        return priceFrom;
    }

    public void setPriceFrom(LocalDate priceFrom) {
        this.priceFrom = priceFrom;
    }

    public LocalDate getPriceTo() {
        return priceTo;
    }

    public void setPriceTo(LocalDate priceTo) {
        this.priceTo = priceTo;
    }

    public DayOfWeek[] getPriceWeekdays() {
        return priceWeekdays;
    }

    public void setPriceWeekdays(DayOfWeek[] priceWeekdays) {
        this.priceWeekdays = priceWeekdays;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String[] getRestrictionRatePlans() {
        return restrictionRatePlans;
    }

    public void setRestrictionRatePlans(String[] restrictionRatePlans) {
        this.restrictionRatePlans = restrictionRatePlans;
    }

    public String[] getRestrictionRoomTypes() {
        return restrictionRoomTypes;
    }

    public void setRestrictionRoomTypes(String[] restrictionRoomTypes) {
        this.restrictionRoomTypes = restrictionRoomTypes;
    }

    public LocalDate getRestrictionFrom() {
        return restrictionFrom;
    }

    public void setRestrictionFrom(LocalDate restrictionFrom) {
        this.restrictionFrom = restrictionFrom;
    }

    public LocalDate getRestrictionTo() {
        return restrictionTo;
    }

    public void setRestrictionTo(LocalDate restrictionTo) {
        this.restrictionTo = restrictionTo;
    }

    public DayOfWeek[] getRestrictionWeekdays() {
        return restrictionWeekdays;
    }

    public void setRestrictionWeekdays(DayOfWeek[] restrictionWeekdays) {
        this.restrictionWeekdays = restrictionWeekdays;
    }

    public Integer getMinStay() {
        return minStay;
    }

    public void setMinStay(Integer minStay) {
        this.minStay = minStay;
    }

    public Integer getMaxStay() {
        return maxStay;
    }

    public void setMaxStay(Integer maxStay) {
        this.maxStay = maxStay;
    }

    public boolean isClosedToArrival() {
        return closedToArrival;
    }

    public void setClosedToArrival(boolean closedToArrival) {
        this.closedToArrival = closedToArrival;
    }

    public boolean isClosedToDeparture() {
        return closedToDeparture;
    }

    public void setClosedToDeparture(boolean closedToDeparture) {
        this.closedToDeparture = closedToDeparture;
    }

    public boolean isStopSell() {
        return stopSell;
    }

    public void setStopSell(boolean stopSell) {
        this.stopSell = stopSell;
    }

    public String getCalendarRatePlan() {
        return calendarRatePlan;
    }

    public void setCalendarRatePlan(String calendarRatePlan) {
        this.calendarRatePlan = calendarRatePlan;
    }

    public String getCalendarRoomType() {
        return calendarRoomType;
    }

    public void setCalendarRoomType(String calendarRoomType) {
        this.calendarRoomType = calendarRoomType;
    }

    public LocalDate getCalendarFrom() {
        return calendarFrom;
    }

    public void setCalendarFrom(LocalDate calendarFrom) {
        this.calendarFrom = calendarFrom;
    }

    public Integer getCalendarDays() {
        return calendarDays;
    }

    public void setCalendarDays(Integer calendarDays) {
        this.calendarDays = calendarDays;
    }
}
