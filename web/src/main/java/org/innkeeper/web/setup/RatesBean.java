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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.innkeeper.application.FrontDeskService;
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
    FrontDeskService frontDesk;
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

    // restrictions (blank plan or type: all of them)
    private String restrictionRatePlan;
    private String restrictionRoomType;
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
    private PriceCalendarView calendar;

    @PostConstruct
    void init() {
        ratePlans = setup.ratePlans();
        roomTypes = setup.roomTypes();
        LocalDate today = frontDesk.businessDate();
        priceFrom = priceTo = restrictionFrom = restrictionTo = calendarFrom = today;
        if (!ratePlans.isEmpty()) {
            priceRatePlan = calendarRatePlan = ratePlans.get(0).code();
        }
        if (!roomTypes.isEmpty()) {
            calendarRoomType = roomTypes.get(0).code();
        }
    }

    public void setPrices() {
        try {
            List<PriceChange> changes = Stream.of(priceRoomTypes).map(type -> new PriceChange(priceRatePlan, type,
                    priceFrom, priceTo, weekdays(priceWeekdays), amount)).toList();
            int nights = setup.setPrices(changes);
            messages.info("setup.prices.saved", nights);
            show(priceRatePlan, priceRoomTypes[0], priceFrom);
        } catch (DomainException refusal) {
            refusals.show(refusal);
        }
    }

    public void setRestrictions() {
        change(new RestrictionChange(restrictionRatePlan, restrictionRoomType, restrictionFrom, restrictionTo,
                weekdays(restrictionWeekdays), minStay, maxStay, closedToArrival, closedToDeparture, stopSell),
                "setup.restrictions.saved");
    }

    /** Removes every restriction of the chosen dates, whatever is ticked. */
    public void clearRestrictions() {
        change(new RestrictionChange(restrictionRatePlan, restrictionRoomType, restrictionFrom, restrictionTo,
                weekdays(restrictionWeekdays), null, null, false, false, false), "setup.restrictions.cleared");
    }

    private void change(RestrictionChange change, String done) {
        try {
            int set = setup.setRestrictions(change);
            messages.info(done, set);
            show(blank(change.ratePlan()) ? calendarRatePlan : change.ratePlan(),
                    blank(change.roomType()) ? calendarRoomType : change.roomType(), change.from());
        } catch (DomainException refusal) {
            refusals.show(refusal);
        }
    }

    public void showCalendar() {
        try {
            calendar = setup.priceCalendar(calendarRatePlan, calendarRoomType, calendarFrom, calendarDays);
        } catch (DomainException refusal) {
            calendar = null;
            refusals.show(refusal);
        }
    }

    /** After a change, the calendar shows what was changed. */
    private void show(String ratePlan, String roomType, LocalDate from) {
        calendarRatePlan = ratePlan;
        calendarRoomType = roomType;
        calendarFrom = from;
        calendar = setup.priceCalendar(ratePlan, roomType, from, calendarDays == null ? 14 : calendarDays);
    }

    private static Set<DayOfWeek> weekdays(DayOfWeek[] chosen) {
        return chosen == null || chosen.length == 0 ? Set.of() : EnumSet.copyOf(List.of(chosen));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
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

    public PriceCalendarView getCalendar() {
        return calendar;
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

    public String getRestrictionRatePlan() {
        return restrictionRatePlan;
    }

    public void setRestrictionRatePlan(String restrictionRatePlan) {
        this.restrictionRatePlan = restrictionRatePlan;
    }

    public String getRestrictionRoomType() {
        return restrictionRoomType;
    }

    public void setRestrictionRoomType(String restrictionRoomType) {
        this.restrictionRoomType = restrictionRoomType;
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
