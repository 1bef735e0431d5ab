package org.innkeeper.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.innkeeper.application.ReportFormat;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.ChargeRequest;
import org.innkeeper.application.dto.CheckInRequest;
import org.innkeeper.application.dto.ComplaintRequest;
import org.innkeeper.application.dto.ComplaintView;
import org.innkeeper.application.dto.CompensationRequest;
import org.innkeeper.application.dto.FolioView;
import org.innkeeper.application.dto.FollowUpRequest;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.application.dto.PaymentRequest;
import org.innkeeper.application.dto.PostingView;
import org.innkeeper.application.dto.ResolutionRequest;
import org.innkeeper.application.dto.ServiceQualityView;
import org.innkeeper.application.dto.StandardResolutionView;
import org.innkeeper.application.dto.SurveyAnswerRequest;
import org.innkeeper.domain.shared.NotFoundException;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Complaints and the survey through the services, on H2 and PostgreSQL: a complaint compensated on the
 * folio (a service given free, a discount) with its reference, resolved, followed up when due; repeats
 * caught as the clock moves; the thanks and the survey's link e-mailed at check-out in the guest's
 * language, answered once, refused when used again or expired, a low score opening a complaint for the
 * duty manager; and the figures.
 */
class ComplaintsAndSurveysServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 9, 6);
    private static final Instant NOW = Instant.parse("2027-09-06T18:00:00Z");
    private static final String HOSTILE = "<script>alert('x')</script>";
    private static final Pattern LINK = Pattern.compile("/survey\\.xhtml\\?token=([A-Za-z0-9_-]{43})");

    private final MovableClock clock = new MovableClock(NOW);
    private TestDatabase db;

    private <T> T tx(Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(Services.bind(em, clock, db)));
    }

    private String checkedIn(String first, String last, String email, String room) {
        String cn = tx(s -> s.reservations().book(new BookingRequest("STD", "BAR", TODAY, TODAY.plusDays(1), 2, 0,
                new GuestDetails(first, last, email, null), null, null, null, null), "DESK_PHONE")).confirmationNumber();
        tx(s -> s.arrival().checkIn(cn, new CheckInRequest(room, "PASSPORT", "P" + room + "0000")));
        return cn;
    }

    private void settleAndCheckOut(String cn) {
        BigDecimal balance = tx(s -> s.departure().folio(cn)).balance();
        if (balance.signum() > 0) {
            tx(s -> s.departure().recordPayment(cn, new PaymentRequest("CASH", balance, null)));
        }
        tx(s -> s.departure().checkOut(cn));
    }

    /** The survey mail's body sent to {@code to}, read from the outbox. */
    private String surveyMail(String to) {
        return db.inTransaction(em -> em.createQuery("select m.body from OutboxMessage m where m.recipient = :to"
                + " and m.kind = org.innkeeper.domain.mail.MailKind.SURVEY", String.class).setParameter("to", to)
                .getSingleResult());
    }

    private static String token(String body) {
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as("the link in %s", body).isTrue();
        return m.group(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aComplaintIsCompensatedOnTheFolioWithItsReferenceResolvedAndFollowedUp(TestDatabase.Kind kind) {
        db = BillingHotel.open(kind, TODAY, 4);
        try {
            String cn = checkedIn("Ada", "Cold", "ada@example.org", "101");
            FolioView charged = tx(s -> s.departure().postCharge(cn, new ChargeRequest("MINIBAR", "Two sodas",
                    new BigDecimal("11.90"))));
            long minibar = charged.postings().get(0).id();

            ComplaintView taken = tx(s -> s.complaints().register(new ComplaintRequest(cn, null, null, "ROOM", "HIGH",
                    "PHONE", HOSTILE + " The shower is cold")));
            String ref = taken.reference();
            assertThat(ref).matches("CMP-\\d{6}");
            assertThat(taken.status()).isEqualTo("OPEN");
            assertThat(taken.roomNumber()).as("from the stay").isEqualTo("101");
            assertThat(taken.guestName()).isEqualTo("Ada Cold");
            assertThat(taken.guestWords()).as("kept as said; pages escape it").startsWith(HOSTILE);
            assertThat(taken.takenBy()).isEqualTo("clerk");
            assertThat(taken.dueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(60)));
            assertThat(taken.standardSteps()).contains("Offer another room");

            // a discount larger than what was charged is refused; the minibar given free is a correction
            assertThatThrownBy(() -> tx(s -> s.complaints().compensate(ref, new CompensationRequest("DISCOUNT", null,
                    new BigDecimal("20.00"), null, "cold shower"))))
                    .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("compensation-exceeds-charges");
            tx(s -> s.complaints().compensate(ref, new CompensationRequest("FREE_SERVICE", null, null, minibar,
                    "cold shower")));
            Services.audit(db, clock); // the night: 107.00 and 5.00 city tax
            clock.set(NOW.plus(Duration.ofHours(14)));
            ComplaintView compensated = tx(s -> s.complaints().compensate(ref, new CompensationRequest("DISCOUNT",
                    "ROOM", new BigDecimal("20.00"), null, "cold shower " + HOSTILE)));
            assertThat(compensated.compensationAmount()).isEqualByComparingTo("31.90");
            assertThat(compensated.compensation()).contains("free: Two sodas", "discount of");

            FolioView folio = tx(s -> s.departure().folio(cn));
            List<PostingView> forComplaint = folio.postings().stream().filter(p -> ref.equals(p.complaint())).toList();
            assertThat(forComplaint).hasSize(2);
            assertThat(forComplaint.get(0).reversesId()).isEqualTo(minibar);
            assertThat(forComplaint.get(0).amount()).isEqualByComparingTo("-11.90");
            assertThat(forComplaint.get(0).reason()).startsWith(ref + ": cold shower");
            assertThat(forComplaint.get(1).amount()).isEqualByComparingTo("-20.00");
            assertThat(forComplaint.get(1).article()).isEqualTo("ROOM");
            assertThat(forComplaint.get(1).vat()).as("the room's VAT taken back too").isEqualByComparingTo("-1.31");
            assertThat(forComplaint.get(1).description()).contains(ref);
            assertThat(forComplaint.get(1).reason()).isEqualTo(ref + ": cold shower " + HOSTILE);
            assertThat(folio.balance()).isEqualByComparingTo("92.00");

            tx(s -> s.complaints().resolve(ref, new ResolutionRequest("Fixed the boiler, gave the minibar and 20.00 off",
                    true, true)));
            assertThat(this.<List<ComplaintView>>tx(s -> s.complaints().followUpsDue())).isEmpty();
            clock.set(NOW.plus(Duration.ofHours(14 + 25)));
            assertThat(this.<List<ComplaintView>>tx(s -> s.complaints().followUpsDue())).extracting(ComplaintView::reference).containsExactly(ref);
            ComplaintView closed = tx(s -> s.complaints().followUp(ref, new FollowUpRequest("Called: happy now")));
            assertThat(closed.status()).isEqualTo("CLOSED");
            assertThat(closed.history()).extracting(ComplaintView.Event::status)
                    .containsExactly("OPEN", "OPEN", "OPEN", "RESOLVED", "CLOSED");
            assertThat(this.<List<ComplaintView>>tx(s -> s.complaints().followUpsDue())).isEmpty();
            assertThat(this.<List<ComplaintView>>tx(s -> s.complaints().forStay(cn))).extracting(ComplaintView::reference).containsExactly(ref);

            // a manager changes the standard
            StandardResolutionView changed = tx(s -> s.complaints().changeStandard("room",
                    new StandardResolutionView(null, "Move the guest at once.", 30)));
            assertThat(changed.targetMinutes()).isEqualTo(30);
            assertThat(this.<List<StandardResolutionView>>tx(s -> s.complaints().standards())).hasSize(8);
        } finally {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void repeatsAreCaughtAsTheClockMoves(TestDatabase.Kind kind) {
        db = BillingHotel.open(kind, TODAY, 4);
        try {
            Function<String, ComplaintView> noiseIn102 = who -> tx(s -> s.complaints().register(new ComplaintRequest(
                    null, "102", who, "NOISE", "LOW", "PHONE", "Loud party next door")));
            assertThat(noiseIn102.apply("First Caller").repeat()).isFalse();
            clock.set(NOW.plus(Duration.ofDays(29)));
            ComplaintView second = noiseIn102.apply("Second Caller");
            assertThat(second.repeat()).isTrue();
            assertThat(second.repeatReason()).contains("room 102");
            clock.set(NOW.plus(Duration.ofDays(60)));
            assertThat(noiseIn102.apply("Third Caller").repeat()).as("31 days after the last one").isFalse();
            assertThat(this.<Boolean>tx(s -> s.complaints().register(new ComplaintRequest(null, "103", "Fourth Caller", "NOISE",
                    "LOW", "EMAIL", "Loud")).repeat())).isFalse();
            assertThat(this.<List<ComplaintView>>tx(s -> s.complaints().repeats())).extracting(ComplaintView::reference)
                    .containsExactly(second.reference());
            assertThatThrownBy(() -> tx(s -> s.complaints().register(new ComplaintRequest(null, "103", "X", "NOISE",
                    "LOW", "SURVEY", "Loud")))).extracting("field").isEqualTo("source");
            assertThatThrownBy(() -> tx(s -> s.complaints().complaint("CMP-999999")))
                    .isInstanceOf(NotFoundException.class);
        } finally {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theThanksCarryAOneUseLinkAndALowScoreOpensAComplaintForTheDutyManager(TestDatabase.Kind kind) {
        db = BillingHotel.open(kind, TODAY, 4);
        try {
            String ada = checkedIn("Ada", "Low", "ada@example.org", "101");
            String bob = checkedIn("Bob", "Late", "bob@example.org", "102");
            String eve = checkedIn("Eve", "Nomail", null, "103");
            tx(s -> s.complaints().register(new ComplaintRequest(ada, null, null, "NOISE", "LOW", "DESK", "Noisy")));
            db.inTransaction(em -> em.createQuery("update Guest g set g.language = 'ru' where g.lastName = 'Late'")
                    .executeUpdate());
            Services.audit(db, clock);
            clock.set(NOW.plus(Duration.ofHours(15)));
            settleAndCheckOut(ada);
            settleAndCheckOut(bob);
            settleAndCheckOut(eve);

            String adaMail = surveyMail("ada@example.org");
            assertThat(adaMail).contains("Dear Ada Low", "Invoice Hotel", "http://localhost:8080/survey.xhtml?token=");
            String bobMail = surveyMail("bob@example.org");
            assertThat(bobMail).contains("Здравствуйте, Bob Late", "Спасибо");
            assertThat(this.<List<org.innkeeper.application.dto.SurveyResultView>>tx(s -> s.surveys().results(null, null))).as("every stay has its survey, mailed or not")
                    .hasSize(3).allSatisfy(r -> assertThat(r.checkedInBy()).isEqualTo("clerk"));
            String adaToken = token(adaMail);
            assertThat(tx(s -> s.surveys().invitation(adaToken)).hotelName()).isEqualTo("Invoice Hotel");

            clock.set(NOW.plus(Duration.ofDays(2)));
            tx(s -> {
                s.surveys().answer(adaToken, new SurveyAnswerRequest(3, 2, 4, null, 1, null, HOSTILE + " dusty"));
                return null;
            });
            assertThatThrownBy(() -> tx(s -> {
                s.surveys().answer(adaToken, new SurveyAnswerRequest(10, 5, null, null, null, null, null));
                return null;
            })).isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("survey-answered");
            assertThatThrownBy(() -> tx(s -> s.surveys().invitation(adaToken)))
                    .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("survey-answered");

            ComplaintView opened = tx(s -> s.complaints().complaints("open", 10)).stream()
                    .filter(c -> "SURVEY".equals(c.source())).findFirst().orElseThrow();
            assertThat(opened.category()).isEqualTo("CLEANLINESS");
            assertThat(opened.severity()).isEqualTo("HIGH");
            assertThat(opened.assignedTo()).isEqualTo(ComplaintIntake.DUTY_MANAGER);
            assertThat(opened.confirmationNumber()).isEqualTo(ada);
            assertThat(opened.roomNumber()).isEqualTo("101");
            assertThat(opened.guestWords()).contains("recommend 3/10", "cleanliness 1/5", HOSTILE + " dusty");
            assertThat(opened.repeat()).as("Ada complained before").isTrue();
            assertThat(this.<List<org.innkeeper.application.dto.SurveyResultView>>tx(s -> s.surveys().results(null, null))).filteredOn(r -> ada.equals(r.confirmationNumber()))
                    .singleElement().satisfies(r -> {
                        assertThat(r.nps()).isEqualTo(3);
                        assertThat(r.complaintReference()).isEqualTo(opened.reference());
                        assertThat(r.roomNumber()).isEqualTo("101");
                        assertThat(r.checkedOutBy()).isEqualTo("clerk");
                    });

            // a promoter changes nothing at the desk; the figures move
            String eveToken = db.inTransaction(em -> em.createQuery("select s.token from Survey s where"
                    + " s.confirmationNumber = :cn", String.class).setParameter("cn", eve).getSingleResult());
            tx(s -> {
                s.surveys().answer(eveToken, new SurveyAnswerRequest(10, 5, 5, 5, 5, 4, "Lovely"));
                return null;
            });
            ServiceQualityView figures = tx(s -> s.surveys().figures(TODAY.minusDays(1), TODAY.plusDays(5)));
            assertThat(figures.surveysSent()).isEqualTo(3);
            assertThat(figures.surveysAnswered()).isEqualTo(2);
            assertThat(figures.responseRatePercent()).isEqualByComparingTo("66.7");
            assertThat(figures.overall().promoters()).isEqualTo(1);
            assertThat(figures.overall().detractors()).isEqualTo(1);
            assertThat(figures.overall().nps()).isEqualByComparingTo("0.0");
            assertThat(figures.overall().csatPercent()).isEqualByComparingTo("50.0");
            assertThat(figures.stays()).isEqualTo(3);
            assertThat(figures.complaints()).isEqualTo(2);
            assertThat(figures.complaintsPer100Stays()).isEqualByComparingTo("66.7");
            assertThat(figures.repeatComplaints()).isEqualTo(1);
            assertThat(figures.byDepartment()).filteredOn(d -> "CLEANLINESS".equals(d.key())).singleElement()
                    .satisfies(d -> {
                        assertThat(d.csatAnswers()).isEqualTo(2);
                        assertThat(d.csatPercent()).isEqualByComparingTo("50.0");
                        assertThat(d.complaints()).isEqualTo(1);
                    });
            assertThat(figures.byStaff()).singleElement().satisfies(st -> {
                assertThat(st.key()).isEqualTo("clerk");
                assertThat(st.answers()).isEqualTo(2);
            });
            assertThat(figures.byWeek()).extracting(ServiceQualityView.Score::key).containsExactly("2027-09-06");
            assertThat(figures.byMonth()).extracting(ServiceQualityView.Score::key).containsExactly("2027-09-01");
            assertThat(figures.requests()).as("the requests part fills it in").isNull();
            String csv = new String(tx(s -> s.surveys().figuresDocument(TODAY.minusDays(1), TODAY.plusDays(5), "WEEK",
                    ReportFormat.CSV)).content(), StandardCharsets.UTF_8);
            assertThat(csv).contains("NPS", "CSAT %", "2027-09-06");

            // Bob waited too long; a guessed or broken link is no survey
            String bobToken = token(bobMail);
            clock.set(NOW.plus(Duration.ofHours(15)).plus(Duration.ofDays(30)));
            assertThatThrownBy(() -> tx(s -> {
                s.surveys().answer(bobToken, new SurveyAnswerRequest(9, 5, null, null, null, null, null));
                return null;
            })).isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("survey-expired");
            String guessed = "A".repeat(43);
            assertThatThrownBy(() -> tx(s -> s.surveys().invitation(guessed))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> tx(s -> s.surveys().invitation("' or 1=1 --"))).isInstanceOf(NotFoundException.class);
        } finally {
            db.close();
        }
    }
}
