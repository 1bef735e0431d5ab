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
import java.util.List;
import org.innkeeper.application.AvailabilityService;
import org.innkeeper.application.FrontDeskService;
import org.innkeeper.application.ReservationService;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.application.dto.OfferView;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** A booking taken at the desk: stay and party, the offers with every night's price, the guest. */
@Named
@ViewScoped
public class NewReservationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How the guest reached the desk. */
    public enum Source { PHONE, WALK_IN }

    @EJB
    private AvailabilityService availability;
    @EJB
    private ReservationService reservations;
    @EJB
    private FrontDeskService frontDesk;
    @Inject
    private FacesMessages messages;

    private LocalDate arrival;
    private LocalDate departure;
    @Min(1)
    @Max(8)
    private int adults = 1;

    private List<OfferView> offers;
    private OfferView chosen;

    @Size(max = 100)
    private String firstName;
    @Size(max = 100)
    private String lastName;
    @Email
    @Size(max = 200)
    private String email;
    @Size(max = 40)
    private String phone;
    @Pattern(regexp = "\\d{4}")
    private String cardLast4;
    private Source source = Source.PHONE;

    private ReservationView booked;

    @PostConstruct
    void init() {
        arrival = frontDesk.businessDate();
        departure = arrival.plusDays(1);
    }

    public void search() {
        chosen = null;
        booked = null;
        try {
            offers = availability.search(arrival, departure, adults, 0).offers();
        } catch (DomainException refusal) {
            offers = null;
            messages.error(refusal);
        }
    }

    public void choose(OfferView offer) {
        chosen = offer;
    }

    /** Whether the chosen plan asks for a card (or a deposit taken on it) to hold the booking. */
    public boolean needsGuarantee() {
        return chosen != null && chosen.policies() != null && !"NONE".equals(chosen.policies().guarantee());
    }

    public void book() {
        GuestDetails guest = new GuestDetails(firstName.strip(), lastName.strip(), blankToNull(email), blankToNull(phone));
        BookingRequest request = new BookingRequest(chosen.roomType(), chosen.ratePlan(), arrival, departure,
                adults, 0, guest, null, null, needsGuarantee() ? blankToNull(cardLast4) : null, null);
        try {
            booked = reservations.book(request,
                    source == Source.WALK_IN ? ReservationService.DESK_WALK_IN : ReservationService.DESK_PHONE);
            messages.info("booking.done", booked.confirmationNumber());
        } catch (DomainException refusal) {
            messages.error(refusal);
            search();
        }
    }

    /** Another booking from a clean form (keeps the dates). */
    public void startOver() {
        offers = null;
        chosen = null;
        booked = null;
        firstName = lastName = email = phone = cardLast4 = null;
        source = Source.PHONE;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Source[] getSources() {
        return Source.values();
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

    public List<OfferView> getOffers() {
        return offers;
    }

    public OfferView getChosen() {
        return chosen;
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

    public String getCardLast4() {
        return cardLast4;
    }

    public void setCardLast4(String cardLast4) {
        this.cardLast4 = cardLast4;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Source getSource() {
        return source;
    }

    public void setSource(Source source) {
        this.source = source;
    }

    public ReservationView getBooked() {
        return booked;
    }
}
