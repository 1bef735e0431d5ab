package org.innkeeper.web.desk;

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
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import org.innkeeper.application.AvailabilityService;
import org.innkeeper.application.HotelService;
import org.innkeeper.application.ReservationService;
import org.innkeeper.application.dto.AlternativeView;
import org.innkeeper.application.dto.AvailabilityView;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.GroupBookingRequest;
import org.innkeeper.application.dto.GroupBookingView;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.application.dto.OfferView;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.application.dto.RoomRequest;
import org.innkeeper.application.dto.UnavailableOfferView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/**
 * A booking taken at the desk: stay and party; the offers with every night's price, taxes, total and
 * policies; what can't be sold and why; the nearest dates that can when nothing fits; then the guest,
 * how the booking holds (confirmed or an option, a card where the plan asks for one), or the
 * waitlist when a room type is sold out. Several rooms are booked together, all or none.
 */
@Named
@ViewScoped
public class NewReservationBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The most rooms one desk booking takes (a family or a small group); larger groups are blocks. */
    static final int MAX_ROOMS = 5;
    /** How long an option holds by default, in days. */
    static final int DEFAULT_OPTION_DAYS = 3;

    /** How the guest reached the desk. */
    public enum Source { PHONE, WALK_IN }

    /** How the booking holds: confirmed now, or an option until a date and time. */
    public enum Hold { CONFIRMED, OPTION }

    @EJB
    private AvailabilityService availability;
    @EJB
    private ReservationService reservations;
    @EJB
    private HotelService hotel;
    @Inject
    private FacesMessages messages;
    @Inject
    private Reasons reasons;

    private LocalDate arrival;
    private LocalDate departure;
    @Min(1)
    @Max(8)
    private int adults = 1;
    @Min(0)
    @Max(7)
    private int children;
    /** A room type to point out (from the availability grid). */
    private String preferredType;

    private AvailabilityView view;
    private OfferView chosen;
    private UnavailableOfferView waitlistFor;

    @Min(1)
    @Max(MAX_ROOMS)
    private int rooms = 1;
    @Size(max = 100)
    private String firstName;
    @Size(max = 100)
    private String lastName;
    @Email
    @Size(max = 200)
    private String email;
    @Size(max = 40)
    private String phone;
    private Source channel = Source.PHONE;
    /** How the guest heard of us. */
    @Size(max = 60)
    private String source;
    private Hold hold = Hold.CONFIRMED;
    private LocalDateTime optionUntil;
    @Pattern(regexp = "\\d{4}")
    private String cardLast4;

    private ReservationView booked;
    private GroupBookingView bookedGroup;

    @PostConstruct
    void init() {
        arrival = hotel.businessDate();
        departure = arrival.plusDays(1);
    }

    /** Opened from a link (the grid): search at once for the date given. */
    public void openFromLink() {
        if (arrival != null && (departure == null || !departure.isAfter(arrival))) {
            departure = arrival.plusDays(1);
        }
        if (preferredType != null) {
            search();
        }
    }

    public void search() {
        chosen = null;
        waitlistFor = null;
        booked = null;
        bookedGroup = null;
        try {
            view = availability.search(arrival, departure, adults, children);
        } catch (DomainException refusal) {
            view = null;
            reasons.error(refusal);
        }
    }

    public void choose(OfferView offer) {
        chosen = offer;
        waitlistFor = null;
        if (optionUntil == null) {
            optionUntil = LocalDateTime.of(hotel.businessDate().plusDays(DEFAULT_OPTION_DAYS), LocalTime.of(18, 0));
        }
    }

    /** One click on an alternative: its dates are searched and its offer chosen. */
    public void pickAlternative(AlternativeView alternative) {
        arrival = alternative.arrival();
        departure = alternative.departure();
        search();
        if (view != null) {
            view.offers().stream()
                    .filter(o -> o.roomType().equals(alternative.roomType()) && o.ratePlan().equals(alternative.ratePlan()))
                    .findFirst().ifPresent(this::choose);
        }
    }

    /** A sold-out room type: the guest goes on its waitlist. */
    public void chooseWaitlist(UnavailableOfferView offer) {
        chosen = null;
        waitlistFor = offer;
        rooms = 1;
        hold = Hold.CONFIRMED;
    }

    public boolean isSoldOut(UnavailableOfferView offer) {
        return !offer.reasons().isEmpty() && offer.reasons().stream().allMatch(r -> "no-availability".equals(r.code()));
    }

    public void book() {
        if (chosen == null && waitlistFor == null) {
            messages.error("newres.chooseFirst");
            return;
        }
        GuestDetails guest = new GuestDetails(firstName, lastName, email, phone);
        String desk = channel == Source.WALK_IN ? ReservationService.DESK_WALK_IN : ReservationService.DESK_PHONE;
        boolean option = waitlistFor == null && hold == Hold.OPTION;
        if (option && optionUntil == null) {
            messages.error("newres.optionUntilRequired");
            return;
        }
        java.time.Instant until = option ? optionUntil.atZone(hotel.hotel().zone()).toInstant() : null;
        try {
            if (waitlistFor != null) {
                booked = reservations.book(new BookingRequest(waitlistFor.roomType(), waitlistFor.ratePlan(), arrival,
                        departure, adults, children, guest, source, null, null, true), desk);
                messages.info("WAITLISTED".equals(booked.status()) ? "booking.waitlisted" : "booking.done",
                        booked.confirmationNumber());
            } else if (rooms > 1) {
                RoomRequest room = new RoomRequest(chosen.roomType(), chosen.ratePlan(), adults, children);
                bookedGroup = reservations.bookGroup(new GroupBookingRequest(arrival, departure,
                        Collections.nCopies(rooms, room), guest, source, until, cardLast4), desk);
                booked = bookedGroup.reservations().get(0);
                messages.info("booking.groupDone", bookedGroup.reference(), bookedGroup.reservations().size());
            } else {
                booked = reservations.book(new BookingRequest(chosen.roomType(), chosen.ratePlan(), arrival, departure,
                        adults, children, guest, source, until, cardLast4, null), desk);
                messages.info(option ? "booking.optionDone" : "booking.done", booked.confirmationNumber());
            }
        } catch (DomainException refusal) {
            reasons.error(refusal);
        }
    }

    /** Another booking from a clean form (keeps the dates and the party). */
    public void startOver() {
        view = null;
        chosen = null;
        waitlistFor = null;
        booked = null;
        bookedGroup = null;
        firstName = lastName = email = phone = source = cardLast4 = null;
        rooms = 1;
        channel = Source.PHONE;
        hold = Hold.CONFIRMED;
        optionUntil = null;
    }

    /** The plan asks for a card (a card or deposit guarantee). */
    public boolean isCardRequired() {
        return chosen != null && chosen.policies() != null && !"NONE".equals(chosen.policies().guarantee());
    }

    public String reasonText(org.innkeeper.application.dto.ReasonView reason) {
        return reasons.text(reason);
    }

    public List<OfferView> getOffers() {
        return view == null ? null : view.offers();
    }

    public List<UnavailableOfferView> getUnavailable() {
        return view == null ? List.of() : view.unavailable();
    }

    public List<AlternativeView> getAlternatives() {
        return view == null ? List.of() : view.alternatives();
    }

    public AvailabilityView getView() {
        return view;
    }

    public Source[] getSources() {
        return Source.values();
    }

    public Hold[] getHolds() {
        return Hold.values();
    }

    public int getMaxRooms() {
        return MAX_ROOMS;
    }

    public LocalDate getArrival() {
        return arrival;
    }

    public void setArrival(LocalDate arrival) {
        this.arrival = arrival;
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

    public String getPreferredType() {
        return preferredType;
    }

    public void setPreferredType(String preferredType) {
        this.preferredType = preferredType;
    }

    public OfferView getChosen() {
        return chosen;
    }

    public UnavailableOfferView getWaitlistFor() {
        return waitlistFor;
    }

    public int getRooms() {
        return rooms;
    }

    public void setRooms(int rooms) {
        this.rooms = rooms;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
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

    public Source getChannel() {
        return channel;
    }

    public void setChannel(Source channel) {
        this.channel = channel;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Hold getHold() {
        return hold;
    }

    public void setHold(Hold hold) {
        this.hold = hold;
    }

    public LocalDateTime getOptionUntil() {
        return optionUntil;
    }

    public void setOptionUntil(LocalDateTime optionUntil) {
        this.optionUntil = optionUntil;
    }

    public String getCardLast4() {
        return cardLast4;
    }

    public void setCardLast4(String cardLast4) {
        this.cardLast4 = cardLast4;
    }

    public ReservationView getBooked() {
        return booked;
    }

    public GroupBookingView getBookedGroup() {
        return bookedGroup;
    }
}
