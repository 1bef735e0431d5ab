package org.innkeeper.web.desk.arrival;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.ArrivalService;
import org.innkeeper.application.AvailabilityService;
import org.innkeeper.application.HotelService;
import org.innkeeper.application.StayService;
import org.innkeeper.application.dto.AvailabilityView;
import org.innkeeper.application.dto.CheckInRequest;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.application.dto.OfferView;
import org.innkeeper.application.dto.ReasonView;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.application.dto.StayView;
import org.innkeeper.application.dto.UnavailableOfferView;
import org.innkeeper.application.dto.WalkInRequest;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.desk.Reasons;
import org.innkeeper.web.faces.FacesMessages;

/**
 * A guest standing at the desk without a booking: the stay from tonight and the party; the offers
 * for it as the channels get them (and what can't be sold, and why); then the offer taken, who the
 * guest is, their identity document, keys and a card where the rate asks for one, and the room
 * (the best ready one unless the clerk names one). One click books and checks in, all or nothing.
 */
@Named
@ViewScoped
public class WalkInBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AvailabilityService availability;
    @EJB
    private ArrivalService arrivals;
    @EJB
    private StayService stays;
    @EJB
    private HotelService hotel;
    @Inject
    private FacesMessages messages;
    @Inject
    private Reasons reasons;

    /** Tonight: a walk-in always arrives on the business date. */
    private LocalDate arrival;
    private LocalDate departure;
    @Min(1)
    @Max(8)
    private int adults = 1;
    @Min(0)
    @Max(7)
    private int children;

    private AvailabilityView view;
    private OfferView chosen;
    private List<RoomView> readyRooms = List.of();

    /** The guest: name and identity document (registered at once). */
    private final PersonForm guest = new PersonForm("PASSPORT");
    @Email
    @Size(max = 200)
    private String email;
    @Size(max = 40)
    private String phone;
    @Min(1)
    @Max(CheckInBean.MAX_KEYS)
    private Integer keys;
    @Pattern(regexp = "\\d{4}")
    private String cardLast4;
    /** A room the clerk names; null: the best ready room of the type. */
    private String roomNumber;

    private StayView checkedIn;

    @PostConstruct
    void init() {
        arrival = hotel.businessDate();
        departure = arrival.plusDays(1);
    }

    public void search() {
        chosen = null;
        readyRooms = List.of();
        try {
            view = availability.search(arrival, departure, adults, children);
        } catch (DomainException refusal) {
            view = null;
            reasons.error(refusal);
        }
    }

    /** The offer taken: the rooms of its type ready now, a key per adult. */
    public void choose(OfferView offer) {
        chosen = offer;
        roomNumber = null;
        keys = Math.min(CheckInBean.MAX_KEYS, adults);
        readyRooms = stays.rooms().stream()
                .filter(r -> r.roomType().equals(offer.roomType()) && r.ready() && r.block() == null && !r.arrivalToday())
                .toList();
    }

    public void checkIn() {
        if (chosen == null) {
            messages.error("newres.chooseFirst");
            return;
        }
        try {
            checkedIn = arrivals.walkIn(new WalkInRequest(chosen.roomType(), chosen.ratePlan(), departure, adults, children,
                    new GuestDetails(guest.getFirstName(), guest.getLastName(), blankToNull(email), blankToNull(phone)), blankToNull(cardLast4),
                    new CheckInRequest(blankToNull(roomNumber), null, guest.getDocumentType(),
                            guest.strippedDocumentNumber(), blankToNull(guest.getNationality()), guest.getBirthDate(), List.of(), keys, null, null, null)));
            messages.info("arrival.checkedIn", checkedIn.guestName(), checkedIn.roomNumber(), checkedIn.keysIssued());
        } catch (DomainException refusal) {
            reasons.error(refusal);
            messages.error("walkin.nothingBooked");
            choose(chosen); // the rooms ready may have changed meanwhile
        }
    }

    /** The next guest at the desk: a clean form for tonight. */
    public void startOver() {
        view = null;
        chosen = null;
        readyRooms = List.of();
        checkedIn = null;
        email = phone = cardLast4 = roomNumber = null;
        guest.clear();
        keys = null;
        init();
    }

    /** The rate asks for a card (a card or deposit guarantee). */
    public boolean isCardRequired() {
        return chosen != null && chosen.policies() != null && !"NONE".equals(chosen.policies().guarantee());
    }

    public String reasonText(ReasonView reason) {
        return reasons.text(reason);
    }

    /** Where the registration card is printed (by {@link RegistrationCardServlet}). */
    public String getRegistrationCardUrl() {
        return checkedIn == null ? null : RegistrationCardServlet.PATH + "?cn=" + checkedIn.confirmationNumber();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // --- accessors --------------------------------------------------------------------------------

    public List<OfferView> getOffers() {
        return view == null ? null : view.offers();
    }

    public List<UnavailableOfferView> getUnavailable() {
        return view == null ? List.of() : view.unavailable();
    }

    public AvailabilityView getView() {
        return view;
    }

    public List<String> getDocumentTypes() {
        return CheckInBean.DOCUMENT_TYPES;
    }

    public int getMaxKeys() {
        return CheckInBean.MAX_KEYS;
    }

    public LocalDate getArrival() {
        return arrival;
    }

    public LocalDate getDeparture() {
        return departure;
    }

    public void setDeparture(LocalDate departure) {
        this.departure = departure;
    }

    public int getAdults() {
        return adults;
    }

    public void setAdults(int adults) {
        this.adults = adults;
    }

    public int getChildren() {
        return children;
    }

    public void setChildren(int children) {
        this.children = children;
    }

    public OfferView getChosen() {
        return chosen;
    }

    public List<RoomView> getReadyRooms() {
        return readyRooms;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public PersonForm getGuest() {
        return guest;
    }

    public Integer getKeys() {
        return keys;
    }

    public void setKeys(Integer keys) {
        this.keys = keys;
    }

    public String getCardLast4() {
        return cardLast4;
    }

    public void setCardLast4(String cardLast4) {
        this.cardLast4 = cardLast4;
    }

    public String getRoomNumber() {
        return roomNumber;
    }

    public void setRoomNumber(String roomNumber) {
        this.roomNumber = roomNumber;
    }

    public StayView getCheckedIn() {
        return checkedIn;
    }
}
