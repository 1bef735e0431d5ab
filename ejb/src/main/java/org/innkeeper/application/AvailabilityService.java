package org.innkeeper.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.dto.OfferView;
import org.innkeeper.application.dto.RatePlanView;
import org.innkeeper.application.dto.RoomTypeView;

/** What can be sold: the same answer for the desk and for every channel. */
@Local
public interface AvailabilityService {

    /**
     * Every room type and rate plan bookable for the whole stay and this many adults, cheapest
     * first. Invalid dates raise {@link org.innkeeper.domain.shared.InvalidValueException}.
     */
    List<OfferView> search(LocalDate arrival, LocalDate departure, int adults);

    List<RoomTypeView> roomTypes();

    List<RatePlanView> ratePlans();
}
