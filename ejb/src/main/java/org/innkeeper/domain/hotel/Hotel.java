package org.innkeeper.domain.hotel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.ZoneId;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.StayPeriod;
import org.hibernate.envers.Audited;

/** The property: its name, its currency and the time zone its business day runs in. */
@Entity
@Table(name = "hotel")
@Audited // the audit trail (revision, hotel_aud)
public class Hotel {

    public static final int THE_HOTEL = 1;

    /** How far ahead inventory is opened; the hotel's own sale horizon ({@link HotelSettings}) is at most this. */
    public static final int BOOKING_HORIZON_DAYS = HotelSettings.MAX_SALE_HORIZON_DAYS;

    @Id
    private Integer id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;
    /**
     * {@link #timeZone} as a zone, made once: {@code ZoneId.of} parses the name and looks its rules up, and a
     * channel's search asked for it for each of its 40 offers. Set only by the constructor, so never stale;
     * a race makes it twice, equal.
     */
    @jakarta.persistence.Transient
    private transient ZoneId zone;

    @jakarta.persistence.Embedded
    private TaxPolicy taxes = TaxPolicy.none();

    /** The hotel's business date: rolled by the night audit only, never by the calendar. */
    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    /** The hour (hotel time) the night audit runs by itself; null: only when a manager runs it. */
    @Column(name = "audit_hour")
    private Integer auditHour;

    /** The legal identity printed on invoices. */
    @Column(name = "legal_name", length = 160)
    private String legalName;

    @Column(name = "address", length = 300)
    private String address;

    @Column(name = "vat_id", length = 30)
    private String vatId;

    /** Check-in and check-out hours, no-show hour, hold times, sale horizon: what a manager sets. */
    @jakarta.persistence.Embedded
    private HotelSettings settings = HotelSettings.defaults();

    /** How long a guest's data is kept after their last stay, in days (GDPR: no longer than needed). */
    @Column(name = "guest_retention_days", nullable = false)
    private int guestRetentionDays = DEFAULT_GUEST_RETENTION_DAYS;

    public static final int DEFAULT_GUEST_RETENTION_DAYS = 3 * 365;

    protected Hotel() {
    }

    /** A hotel opening for business on {@code firstBusinessDate}. */
    public Hotel(String name, String currency, ZoneId timeZone, LocalDate firstBusinessDate) {
        this.id = THE_HOTEL;
        this.name = name;
        this.currency = java.util.Currency.getInstance(currency).getCurrencyCode();
        this.timeZone = timeZone.getId();
        this.businessDate = java.util.Objects.requireNonNull(firstBusinessDate, "firstBusinessDate");
    }

    public void changeTaxes(TaxPolicy newTaxes) {
        this.taxes = java.util.Objects.requireNonNull(newTaxes, "taxes");
    }

    public TaxPolicy taxes() {
        return taxes == null ? TaxPolicy.none() : taxes;
    }

    /** The moment a stay arriving on {@code date} begins (the check-in hour), in the hotel's time zone. */
    public java.time.Instant arrivalMoment(LocalDate date) {
        return date.atTime(settings().checkInHour(), 0).atZone(timeZone()).toInstant();
    }

    /**
     * From this moment a guest due on {@code arrival} who has not come may be marked a no-show at the desk
     * (the night audit, closing the day, marks the rest).
     */
    public java.time.ZonedDateTime noShowMoment(LocalDate arrival) {
        return arrival.atTime(settings().noShowHour(), 0).atZone(timeZone());
    }

    public int checkInHour() {
        return settings().checkInHour();
    }

    public HotelSettings settings() {
        return settings == null ? HotelSettings.defaults() : settings;
    }

    public void changeSettings(HotelSettings newSettings) {
        this.settings = java.util.Objects.requireNonNull(newSettings, "settings");
    }


    public String name() {
        return name;
    }

    public String currency() {
        return currency;
    }

    public ZoneId timeZone() {
        ZoneId made = zone;
        if (made == null) {
            made = ZoneId.of(timeZone);
            zone = made;
        }
        return made;
    }

    /**
     * Refuses a stay that starts before the business date or beyond the booking horizon.
     */
    public void requireBookable(StayPeriod stay, LocalDate businessDate) {
        if (stay.arrival().isBefore(businessDate)) {
            throw new InvalidValueException("arrival", "arrival " + stay.arrival() + " is in the past");
        }
        int horizon = settings().saleHorizonDays();
        if (stay.arrival().isAfter(businessDate.plusDays(horizon))) {
            throw new InvalidValueException("arrival", "rooms are sold up to " + horizon
                    + " days ahead, not for " + stay.arrival());
        }
    }

    /** The business date: the day the hotel is in, until the night audit closes it. */
    public LocalDate businessDate() {
        return businessDate;
    }

    /**
     * The night audit closed {@code closed}: the business date becomes the next day. Only the
     * current business date is closed, so a second close of the same day changes nothing.
     */
    public boolean closeBusinessDay(LocalDate closed) {
        if (!businessDate.equals(closed)) {
            return false;
        }
        businessDate = closed.plusDays(1);
        return true;
    }

    /** Sets the business date outright: setting up a hotel, seeding its history. Not for the desk. */
    public void openBusinessDay(LocalDate date) {
        this.businessDate = java.util.Objects.requireNonNull(date, "date");
    }

    /** The name, address and VAT ID the hotel invoices under. */
    public void changeLegalDetails(String legalName, String address, String vatId) {
        this.legalName = legalName == null || legalName.isBlank() ? null : legalName.strip();
        this.address = address == null || address.isBlank() ? null : address.strip();
        this.vatId = vatId == null || vatId.isBlank() ? null : vatId.strip();
    }

    public String legalName() {
        return legalName == null ? name : legalName;
    }

    public String address() {
        return address;
    }

    public String vatId() {
        return vatId;
    }

    public int guestRetentionDays() {
        return guestRetentionDays;
    }

    /** Keeps guests' data this many days after their last stay: 30 days to 20 years. */
    public void keepGuestDataFor(int days) {
        if (days < 30 || days > 7300) {
            throw new org.innkeeper.domain.shared.InvalidValueException("guestRetentionDays", "is not between 30 and 7300 days");
        }
        this.guestRetentionDays = days;
    }

    public Integer auditHour() {
        return auditHour;
    }

    public void runAuditAt(Integer hour) {
        if (hour != null && (hour < 0 || hour > 23)) {
            throw new InvalidValueException("auditHour", "the audit hour is 0 to 23, or none");
        }
        this.auditHour = hour;
    }
}
