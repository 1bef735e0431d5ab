package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What the guest sees on their page: their stay, what they can ask for and what they asked. */
public record GuestPageView(String hotelName, String guestName, String roomNumber, LocalDate arrival,
                            LocalDate departure, List<RequestCategoryView> categories, List<Line> requests)
        implements Serializable {

    /** One of the guest's requests: no staff names, no internal notes. */
    public record Line(long id, String categoryName, String description, String status, java.time.Instant loggedAt)
            implements Serializable {
    }
}
