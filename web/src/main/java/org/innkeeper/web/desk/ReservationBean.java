package org.innkeeper.web.desk;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.innkeeper.application.AvailabilityService;
import org.innkeeper.application.GuestService;
import org.innkeeper.application.ReservationService;
import org.innkeeper.application.dto.CancellationQuoteView;
import org.innkeeper.application.dto.GuestProfileView;
import org.innkeeper.application.dto.ModificationQuoteView;
import org.innkeeper.application.dto.ModificationRequest;
import org.innkeeper.application.dto.OfferView;
import org.innkeeper.application.dto.ReasonView;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.application.dto.RoomTypeView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/**
 * One reservation: details, the frozen prices and terms; modifying it (re-priced and shown before
 * saving), cancelling it (the fee shown before confirming), confirming an option, guaranteeing it.
 */
@Named
@ViewScoped
public class ReservationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReservationService reservations;
    @EJB
    private AvailabilityService availability;
    @EJB
    private GuestService guests;
    @Inject
    private FacesMessages messages;
    @Inject
    private Reasons reasons;

    private String cn;
    private ReservationView reservation;
    /** The profile the reservation belongs to: who the guest is across stays. */
    private GuestProfileView guestProfile;

    private boolean modifying;
    private LocalDate newArrival;
    private LocalDate newDeparture;
    private String newRoomType;
    @Min(1)
    @Max(8)
    private Integer newAdults;
    @Min(0)
    @Max(7)
    private Integer newChildren;
    /** The changed stay as it would be priced now; null before a preview or when it can't be sold. */
    private OfferView preview;
    private List<ReasonView> previewRefusals;
    private boolean previewed;
    /** What the preview priced: a save of anything else is previewed again first. */
    private List<Object> previewedChange;

    private List<RoomTypeView> roomTypes;
    private CancellationQuoteView quote;
    private String cardLast4;

    public void load() {
        if (cn == null || cn.isBlank()) {
            messages.error("reservation.missing");
            return;
        }
        try {
            reservation = reservations.find(cn, null);
            guestProfile = guests.profileOf(cn);
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    // --- modification ---------------------------------------------------------------------------

    public void startModify() {
        modifying = true;
        newArrival = reservation.arrival();
        newDeparture = reservation.departure();
        newRoomType = reservation.roomType();
        newAdults = reservation.adults();
        newChildren = reservation.children();
        clearPreview();
    }

    public void cancelModify() {
        modifying = false;
        clearPreview();
    }

    /** Any change to the form makes an earlier preview stale. */
    public void clearPreview() {
        previewedChange = null;
        preview = null;
        previewRefusals = null;
        previewed = false;
    }

    /**
     * The changed stay at today's prices and terms of the booked rate plan, quoted by the same service the
     * channels ask: this reservation's own room counts as free on its own nights, as the change will.
     */
    public void previewChange() {
        clearPreview();
        try {
            ModificationQuoteView quoted = reservations.quoteModification(cn, changeRequest(), null);
            preview = quoted.available() ? quoted.offer() : null;
            previewRefusals = quoted.available() ? null : quoted.reasons();
            previewed = true;
            previewedChange = currentChange();
        } catch (DomainException refusal) {
            reasons.error(refusal);
        }
    }

    /** What the form changes (what it leaves as booked is not sent). */
    private ModificationRequest changeRequest() {
        return new ModificationRequest(
                Objects.equals(newArrival, reservation.arrival()) ? null : newArrival,
                Objects.equals(newDeparture, reservation.departure()) ? null : newDeparture,
                Objects.equals(newRoomType, reservation.roomType()) ? null : newRoomType,
                Objects.equals(newAdults, reservation.adults()) ? null : newAdults,
                Objects.equals(newChildren, reservation.children()) ? null : newChildren);
    }

    private List<Object> currentChange() {
        return java.util.Arrays.asList(newArrival, newDeparture, newRoomType, newAdults, newChildren);
    }

    public void saveModification() {
        if (!currentChange().equals(previewedChange)) {
            // Changed after the preview: the clerk sees the price of what would be saved first.
            previewChange();
            if (previewed) {
                messages.info("reservation.previewAgain");
            }
            return;
        }
        try {
            reservation = reservations.modify(cn, changeRequest(), null);
            modifying = false;
            clearPreview();
            messages.info("reservation.modified", cn, reservation.total().setScale(2, java.math.RoundingMode.HALF_UP)
                    .toPlainString() + " " + reservation.currency());
        } catch (DomainException refusal) {
            reasons.error(refusal);
        }
    }

    /** The total of the preview minus what the booking costs now. */
    public java.math.BigDecimal getPreviewDifference() {
        return preview == null ? null : preview.total().subtract(reservation.total());
    }

    // --- cancellation ---------------------------------------------------------------------------

    /** What cancelling costs now, asked when the clerk is about to cancel (shown in the dialog). */
    public void quoteCancellation() {
        try {
            quote = reservations.cancellationQuote(cn, null);
        } catch (DomainException refusal) {
            quote = null;
            messages.error(refusal);
        }
    }

    public void cancel() {
        try {
            reservation = reservations.cancel(cn, null);
            messages.info("reservation.cancelled", cn);
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
        quote = null;
    }

    /** The guest did not come: the no-show fee of the booked policy; the rooms to come are sold again. */
    public void markNoShow() {
        try {
            reservation = reservations.markNoShow(cn);
            messages.info("reservation.noShowDone", cn);
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public boolean isNoShowPossible() {
        return reservation != null && reservation.noShowPossible();
    }

    // --- option and guarantee -------------------------------------------------------------------

    public void confirmOption() {
        try {
            reservation = reservations.confirmOption(cn, cardLast4, null);
            cardLast4 = null;
            messages.info("reservation.optionConfirmed", cn);
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public void guarantee() {
        if (cardLast4 == null) {
            messages.error("folio.last4.invalid");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            reservation = reservations.guarantee(cn, cardLast4, null);
            cardLast4 = null;
            messages.info("reservation.guaranteed", cn);
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    /** What the hotel would accept today, as the domain says (not decided again here). */
    public boolean isCancellable() {
        return reservation != null && reservation.cancellable();
    }

    public boolean isModifiable() {
        return reservation != null && reservation.modifiable();
    }

    public boolean isCheckInPossible() {
        return reservation != null && reservation.checkInPossible();
    }

    public boolean isInHouse() {
        return reservation != null && "IN_HOUSE".equals(reservation.status());
    }

    public boolean isOption() {
        return reservation != null && "OPTION".equals(reservation.status());
    }

    public boolean isGuaranteeable() {
        return reservation != null && "CONFIRMED".equals(reservation.status());
    }

    public List<RoomTypeView> getRoomTypes() {
        if (roomTypes == null) {
            roomTypes = availability.roomTypes();
        }
        return roomTypes;
    }

    public String getCn() {
        return cn;
    }

    public void setCn(String cn) {
        this.cn = cn;
    }

    public ReservationView getReservation() {
        return reservation;
    }

    public boolean isModifying() {
        return modifying;
    }

    public LocalDate getNewArrival() {
        return newArrival;
    }

    public void setNewArrival(LocalDate newArrival) {
        this.newArrival = newArrival;
    }

    public LocalDate getNewDeparture() {
        return newDeparture;
    }

    public void setNewDeparture(LocalDate newDeparture) {
        this.newDeparture = newDeparture;
    }

    public String getNewRoomType() {
        return newRoomType;
    }

    public void setNewRoomType(String newRoomType) {
        this.newRoomType = newRoomType;
    }

    public Integer getNewAdults() {
        return newAdults;
    }

    public void setNewAdults(Integer newAdults) {
        this.newAdults = newAdults;
    }

    public Integer getNewChildren() {
        return newChildren;
    }

    public void setNewChildren(Integer newChildren) {
        this.newChildren = newChildren;
    }

    public OfferView getPreview() {
        return preview;
    }

    public List<ReasonView> getPreviewRefusals() {
        return previewRefusals;
    }

    public boolean isPreviewed() {
        return previewed;
    }

    public CancellationQuoteView getQuote() {
        return quote;
    }

    public String getCardLast4() {
        return cardLast4;
    }

    public void setCardLast4(String cardLast4) {
        this.cardLast4 = cardLast4;
    }

    public GuestProfileView getGuestProfile() {
        return guestProfile;
    }
}
