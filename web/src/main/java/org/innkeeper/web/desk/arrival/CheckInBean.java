package org.innkeeper.web.desk.arrival;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.innkeeper.application.ArrivalService;
import org.innkeeper.application.dto.ArrivalFilter;
import org.innkeeper.application.dto.ArrivalView;
import org.innkeeper.application.dto.CheckInRequest;
import org.innkeeper.application.dto.ReasonRequest;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.application.dto.StayView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;
import org.innkeeper.web.faces.Labels;

/**
 * Registration at arrival: the guest's profile in front of the clerk, the room (the one assigned,
 * or another, an upgrade with the rate chosen), the main guest's identity, the companions, keys,
 * deposit and an early check-in fee; afterwards the registration card, and undoing a mistake.
 */
@Named
@ViewScoped
public class CheckInBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> DOCUMENT_TYPES = List.of("PASSPORT", "ID_CARD", "DRIVING_LICENCE");
    static final List<String> DEPOSIT_KINDS = List.of("PRE_AUTHORISATION", "DEPOSIT");
    static final int MAX_KEYS = 10;
    /** A refusal about one companion: {@code companions[2].lastName}. */
    private static final Pattern COMPANION_FIELD = Pattern.compile("companions\\[(\\d+)]\\.(\\w+)");

    @EJB
    private ArrivalService arrivals;
    @Inject
    private FacesMessages messages;
    @Inject
    private Labels labels;

    private String cn;
    private StayView stay;
    /** The guest as the arrivals board shows them (while they are due in); null otherwise. */
    private ArrivalView profile;
    private List<RoomView> rooms = List.of();
    private boolean otherTypes;

    private String roomNumber;
    private String rate;
    /** The main guest's identity (the name is the reservation's). */
    private final PersonForm guest = new PersonForm("PASSPORT");
    private final List<PersonForm> companions = new ArrayList<>();
    @Min(1)
    @Max(MAX_KEYS)
    private Integer keys;
    @DecimalMin("0")
    @DecimalMax("1000000")
    @Digits(integer = 7, fraction = 2)
    private BigDecimal deposit;
    private String depositKind = "PRE_AUTHORISATION";
    @DecimalMin("0")
    @DecimalMax("100000")
    @Digits(integer = 6, fraction = 2)
    private BigDecimal earlyCheckInFee;
    @Size(max = 200)
    private String undoReason;

    /** The page opened: the stay and, before check-in, the profile, the rooms and the suggested values. */
    public void load() {
        if (cn == null || cn.isBlank()) {
            messages.error("reservation.missing");
            return;
        }
        try {
            stay = arrivals.stay(cn);
            cn = stay.confirmationNumber();
            if (profile == null || stay.canCheckIn()) {
                profile = arrivals.board(new ArrivalFilter(stay.arrival(), null, null, null, null, null, null, cn))
                        .stream().filter(a -> a.confirmationNumber().equals(stay.confirmationNumber()))
                        .findFirst().orElse(profile);
            }
            if (stay.canCheckIn()) {
                suggest();
                loadRooms();
            }
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    /** What the clerk would type anyway: a key per adult, the deposit the plan asks for. */
    private void suggest() {
        if (keys == null) {
            keys = Math.min(MAX_KEYS, Math.max(1, stay.adults()));
        }
        if (deposit == null && profile != null && profile.depositDue() != null) {
            deposit = profile.depositDue();
            depositKind = "DEPOSIT";
        }
    }

    public void loadRooms() {
        try {
            rooms = arrivals.assignableRooms(cn, otherTypes);
        } catch (DomainException refusal) {
            rooms = List.of();
            messages.error(refusal);
        }
        boolean offered = roomNumber != null
                && (roomNumber.equals(stay.roomNumber()) || rooms.stream().anyMatch(r -> r.number().equals(roomNumber)));
        if (!offered) {
            roomNumber = stay.roomNumber() != null ? stay.roomNumber() : rooms.isEmpty() ? null : rooms.get(0).number();
        }
        if (roomNumber == null) {
            messages.error("checkin.noRoom");
        }
    }

    /** The chosen room is of another type than the guest's: the clerk says what happens to the rate. */
    public boolean isTypeChanges() {
        if (stay == null || roomNumber == null || roomNumber.equals(stay.roomNumber())) {
            return false;
        }
        return rooms.stream().filter(r -> r.number().equals(roomNumber)).findFirst()
                .map(r -> !r.roomType().equals(stay.roomType())).orElse(false);
    }

    /** The room assigned beforehand first (it is held for the guest, so not among the free ones), then the free rooms. */
    public List<SelectItem> getRoomItems() {
        List<SelectItem> items = new ArrayList<>();
        if (stay != null && stay.roomNumber() != null) {
            String state = profile == null || profile.roomHousekeeping() == null ? ""
                    : " · " + labels.of("housekeeping", profile.roomHousekeeping());
            items.add(new SelectItem(stay.roomNumber(), stay.roomNumber() + " · " + stay.roomType() + " · "
                    + messages.text("arrival.assignedRoom") + state));
        }
        for (RoomView room : rooms) {
            items.add(new SelectItem(room.number(), room.number() + " · " + room.roomType() + " · "
                    + messages.text("col.floor") + " " + room.floor() + " · " + labels.of("housekeeping", room.housekeeping())));
        }
        return items;
    }

    public void addCompanion() {
        if (companions.size() < getMaxCompanions()) {
            companions.add(new PersonForm("PASSPORT"));
        }
    }

    public void removeCompanion(PersonForm companion) {
        companions.remove(companion);
    }

    public void checkIn() {
        try {
            stay = arrivals.checkIn(cn, new CheckInRequest(roomNumber, isTypeChanges() ? rate : null, guest.getDocumentType(),
                    guest.strippedDocumentNumber(), guest.getNationality(), guest.getBirthDate(),
                    companions.stream().map(PersonForm::toCompanion).toList(), keys, deposit,
                    deposit == null ? null : depositKind, earlyCheckInFee));
            messages.info("arrival.checkedIn", stay.guestName(), stay.roomNumber(), stay.keysIssued());
        } catch (DomainException refusal) {
            refused(refusal);
            loadRooms(); // the room may have been taken meanwhile: offer the rooms free now
        }
    }

    public void undoCheckIn() {
        try {
            stay = arrivals.undoCheckIn(cn, new ReasonRequest(undoReason == null ? null : undoReason.strip()));
            undoReason = null;
            messages.info("arrival.undone", stay.guestName());
            load();
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    /** A refusal in the clerk's words; one about a companion says which companion and what. */
    private void refused(DomainException refusal) {
        Matcher companion = refusal.field() == null ? null : COMPANION_FIELD.matcher(refusal.field());
        if (companion != null && companion.matches()) {
            String key = "arrival.error.companion." + companion.group(2);
            messages.error(messages.has(key) ? key : "arrival.error.companion",
                    Integer.parseInt(companion.group(1)) + 1);
            FacesContext.getCurrentInstance().validationFailed();
        } else {
            messages.error(refusal);
        }
    }

    /** Where the registration card is printed (by {@link RegistrationCardServlet}). */
    public String getRegistrationCardUrl() {
        return RegistrationCardServlet.PATH + "?cn=" + cn;
    }

    public boolean isCheckedIn() {
        return stay != null && "IN_HOUSE".equals(stay.status());
    }

    public int getMaxCompanions() {
        return stay == null ? 0 : Math.max(0, stay.adults() + stay.children() - 1);
    }

    // --- accessors --------------------------------------------------------------------------------

    public List<String> getDocumentTypes() {
        return DOCUMENT_TYPES;
    }

    public List<String> getDepositKinds() {
        return DEPOSIT_KINDS;
    }

    public int getMaxKeys() {
        return MAX_KEYS;
    }

    public String getCn() {
        return cn;
    }

    public void setCn(String cn) {
        this.cn = cn;
    }

    public StayView getStay() {
        return stay;
    }

    public ArrivalView getProfile() {
        return profile;
    }

    public List<RoomView> getRooms() {
        return rooms;
    }

    public PersonForm getGuest() {
        return guest;
    }

    public List<PersonForm> getCompanions() {
        return companions;
    }

    public boolean isOtherTypes() {
        return otherTypes;
    }

    public void setOtherTypes(boolean otherTypes) {
        this.otherTypes = otherTypes;
    }

    public String getRoomNumber() {
        return roomNumber;
    }

    public void setRoomNumber(String roomNumber) {
        this.roomNumber = roomNumber;
    }

    public String getRate() {
        return rate;
    }

    public void setRate(String rate) {
        this.rate = rate;
    }

    public Integer getKeys() {
        return keys;
    }

    public void setKeys(Integer keys) {
        this.keys = keys;
    }

    public BigDecimal getDeposit() {
        return deposit;
    }

    public void setDeposit(BigDecimal deposit) {
        this.deposit = deposit;
    }

    public String getDepositKind() {
        return depositKind;
    }

    public void setDepositKind(String depositKind) {
        this.depositKind = depositKind;
    }

    public BigDecimal getEarlyCheckInFee() {
        return earlyCheckInFee;
    }

    public void setEarlyCheckInFee(BigDecimal earlyCheckInFee) {
        this.earlyCheckInFee = earlyCheckInFee;
    }

    public String getUndoReason() {
        return undoReason;
    }

    public void setUndoReason(String undoReason) {
        this.undoReason = undoReason;
    }
}
