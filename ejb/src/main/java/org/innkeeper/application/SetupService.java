package org.innkeeper.application;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.dto.PriceCalendarView;
import org.innkeeper.application.dto.PriceChange;
import org.innkeeper.application.dto.RatePlanForm;
import org.innkeeper.application.dto.RatePlanView;
import org.innkeeper.application.dto.RestrictionChange;
import org.innkeeper.application.dto.RoomForm;
import org.innkeeper.application.dto.RoomTypeForm;
import org.innkeeper.application.dto.RoomTypeView;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.application.dto.TaxSettings;

/**
 * What managers set up: room types and rooms, rate plans with their policies, prices (in bulk, by
 * season and weekday), restrictions and taxes. Changes apply to bookings made from then on;
 * reservations keep what they were confirmed with.
 */
@Local
public interface SetupService {

    /** The longest span one calendar shows. */
    int MAX_CALENDAR_DAYS = 92;

    List<RoomTypeView> roomTypes();

    /** Creates the room type (new code) or changes it; the overbooking allowance moves inventory with it. */
    RoomTypeView saveRoomType(@NotNull @Valid RoomTypeForm form);

    /** Adds a physical room: one more room of its type sellable from today on. */
    RoomView addRoom(@NotNull @Valid RoomForm form);

    /** Every rate plan, sellable or not. */
    List<RatePlanView> ratePlans();

    /** Creates the rate plan (new code) or changes it. */
    RatePlanView saveRatePlan(@NotNull @Valid RatePlanForm form);

    /** Sets prices in bulk; how many nights were set. */
    int setPrices(@NotNull @Valid PriceChange change);

    /** Sets prices in bulk for several plans or room types at once, all or none; how many nights were set. */
    int setPrices(@NotEmpty List<@NotNull @Valid PriceChange> changes);

    /** Sets (or, all empty, clears) restrictions in bulk; how many plan-type-dates were set. */
    int setRestrictions(@NotNull @Valid RestrictionChange change);

    /** Sets (or clears) restrictions for several plans or room types at once, all or none; how many were set. */
    int setRestrictions(@NotEmpty List<@NotNull @Valid RestrictionChange> changes);

    PriceCalendarView priceCalendar(String ratePlan, String roomType, LocalDate from, int days);

    TaxSettings taxes();

    TaxSettings saveTaxes(@NotNull @Valid TaxSettings taxes);

    /** The hotel's hours, hold times and sale horizon. */
    org.innkeeper.application.dto.HotelSettingsForm hotelSettings();

    org.innkeeper.application.dto.HotelSettingsForm saveHotelSettings(
            @NotNull @Valid org.innkeeper.application.dto.HotelSettingsForm settings);

    /** The service catalogue: every article, the system ones first. */
    List<org.innkeeper.application.dto.ArticleView> articles();

    /** Adds an article, or changes the one with that code. */
    org.innkeeper.application.dto.ArticleView saveArticle(@NotNull @Valid org.innkeeper.application.dto.ArticleForm form);
}
