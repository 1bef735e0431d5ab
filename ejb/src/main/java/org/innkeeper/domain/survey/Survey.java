package org.innkeeper.domain.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import org.innkeeper.domain.shared.StateConflictException;

/**
 * The survey of one stay, sent after check-out: a one-use link (a long random token) valid for
 * {@link #VALID_FOR}, and once answered, the answers, tied to the stay, its room and the staff who
 * checked the guest in and out. Every guest gets the same survey.
 */
@Entity
@Table(name = "survey")
public class Survey {

    public static final Duration VALID_FOR = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_seq")
    @SequenceGenerator(name = "survey_seq", sequenceName = "survey_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 64, unique = true)
    private String token;

    @Column(name = "reservation_id", nullable = false)
    private Long reservationId;

    @Column(name = "confirmation_number", nullable = false, length = 20)
    private String confirmationNumber;

    @Column(name = "guest_id")
    private Long guestId;

    @Column(name = "room_number", length = 10)
    private String roomNumber;

    @Column(name = "checked_in_by", length = 40)
    private String checkedInBy;

    @Column(name = "checked_out_by", length = 40)
    private String checkedOutBy;

    @Column(nullable = false)
    private LocalDate departure;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    private Integer nps;

    @Column(name = "csat_overall")
    private Integer csatOverall;

    @Column(name = "csat_front_desk")
    private Integer csatFrontDesk;

    @Column(name = "csat_room")
    private Integer csatRoom;

    @Column(name = "csat_cleanliness")
    private Integer csatCleanliness;

    @Column(name = "csat_fnb")
    private Integer csatFnb;

    @Column(length = 2000)
    private String comment;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Version
    private long version;

    protected Survey() {
    }

    /** The stay a survey is about, as it left. */
    public record Stay(long reservationId, String confirmationNumber, Long guestId, String roomNumber,
                       String checkedInBy, String checkedOutBy, LocalDate departure, String language) {
    }

    /** A new survey for a stay that just left, with a fresh token, valid {@link #VALID_FOR} from {@code at}. */
    public Survey(Stay stay, Instant at) {
        this(stay, newToken(), at, at.plus(VALID_FOR));
    }

    /** A survey with a given token and validity (the demo's past year). */
    public Survey(Stay stay, String token, Instant sentAt, Instant expiresAt) {
        this.reservationId = stay.reservationId();
        this.confirmationNumber = stay.confirmationNumber();
        this.guestId = stay.guestId();
        this.roomNumber = stay.roomNumber();
        this.checkedInBy = stay.checkedInBy();
        this.checkedOutBy = stay.checkedOutBy();
        this.departure = stay.departure();
        this.language = "ru".equals(stay.language()) ? "ru" : "en";
        this.token = token;
        this.sentAt = sentAt;
        this.expiresAt = expiresAt;
    }

    /** 32 random bytes, URL-safe: 43 characters nobody guesses. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Refuses a link used already or expired; the guest is told which. */
    public void requireOpen(Instant now) {
        if (answeredAt != null) {
            throw new StateConflictException("survey-answered", "this survey was answered already: thank you");
        }
        if (!now.isBefore(expiresAt)) {
            throw new StateConflictException("survey-expired", "this survey link has expired");
        }
    }

    /** The guest's answers, once. */
    public void answer(SurveyAnswers answers, Instant now) {
        requireOpen(now);
        this.nps = answers.nps();
        this.csatOverall = answers.csatOverall();
        this.csatFrontDesk = answers.frontDesk();
        this.csatRoom = answers.room();
        this.csatCleanliness = answers.cleanliness();
        this.csatFnb = answers.foodAndBeverage();
        this.comment = answers.comment();
        this.answeredAt = now;
    }

    /** The complaint a low score opened. */
    public void openedComplaint(long complaint) {
        this.complaintId = complaint;
    }

    public SurveyAnswers answers() {
        return answeredAt == null ? null : new SurveyAnswers(nps, csatOverall, csatFrontDesk, csatRoom, csatCleanliness,
                csatFnb, comment);
    }

    public Long id() {
        return id;
    }

    public String token() {
        return token;
    }

    public Long reservationId() {
        return reservationId;
    }

    public String confirmationNumber() {
        return confirmationNumber;
    }

    public Long guestId() {
        return guestId;
    }

    public String roomNumber() {
        return roomNumber;
    }

    public String checkedInBy() {
        return checkedInBy;
    }

    public String checkedOutBy() {
        return checkedOutBy;
    }

    public LocalDate departure() {
        return departure;
    }

    public String language() {
        return language;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public boolean answered() {
        return answeredAt != null;
    }

    public Long complaintId() {
        return complaintId;
    }
}
