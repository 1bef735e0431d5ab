package org.innkeeper.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.dto.AvailabilityGridView;
import org.innkeeper.application.dto.AvailabilityView;
import org.innkeeper.application.dto.RatePlanView;
import org.innkeeper.application.dto.RoomTypeView;

/** What can be sold: the same answer for the desk and for every channel. */
@Local
public interface AvailabilityService {

    /** The widest span the grid shows at once. */
    int MAX_GRID_DAYS = 62;

    /**
     * Every room type and rate plan bookable for the whole stay and party (cheapest first, each
     * with its nightly prices, taxes, total and policies), those that exist but can't be sold and
     * why, and when nothing can be sold the nearest dates that can. Invalid input raises
     * {@link org.innkeeper.domain.shared.InvalidValueException}.
     */
    AvailabilityView search(LocalDate arrival, LocalDate departure, int adults, int children);

    /** Rooms left per room type for {@code days} nights from {@code from}. */
    AvailabilityGridView grid(LocalDate from, int days);

    /** The widest span the inventory check reads at once. */
    int MAX_CHECK_DAYS = 731;

    /**
     * Staff: compares rooms sold with the reservations holding rooms, per room type and night from
     * {@code from} (default the business date) to {@code to} (exclusive, default a year later).
     */
    org.innkeeper.application.dto.InventoryCheckView inventoryCheck(LocalDate from, LocalDate to);

    List<RoomTypeView> roomTypes();

    /** The rate plans on sale. */
    List<RatePlanView> ratePlans();
}
