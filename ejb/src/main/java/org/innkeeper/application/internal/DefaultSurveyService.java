package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import org.innkeeper.application.ReportFormat;
import org.innkeeper.application.SurveyService;
import org.innkeeper.application.dto.ReportDocument;
import org.innkeeper.application.dto.ReportTable;
import org.innkeeper.application.dto.ServiceQualityView;
import org.innkeeper.application.dto.SurveyAnswerRequest;
import org.innkeeper.application.dto.SurveyInvitationView;
import org.innkeeper.application.dto.SurveyResultView;
import org.innkeeper.domain.complaint.Complaint;
import org.innkeeper.domain.complaint.ComplaintCategory;
import org.innkeeper.domain.complaint.ComplaintRepository;
import org.innkeeper.domain.complaint.ComplaintSource;
import org.innkeeper.domain.complaint.Severity;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationRepository;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.NotFoundException;
import org.innkeeper.domain.survey.Survey;
import org.innkeeper.domain.survey.SurveyAnswers;
import org.innkeeper.domain.survey.SurveyRepository;
import org.innkeeper.infrastructure.document.ReportFiles;

@Stateless
@Interceptors(ConcurrentChanges.class)
public class DefaultSurveyService implements SurveyService {

    /** The guest requests' figures for the dashboard. */
    @jakarta.ejb.EJB
    org.innkeeper.application.GuestRequestService requests;

    private static final Logger LOG = Logger.getLogger(DefaultSurveyService.class.getName());
    /** Who takes a complaint a survey opens. */
    static final String SURVEY = "survey";

    @Inject
    SurveyRepository surveys;
    @Inject
    ComplaintRepository complaints;
    @Inject
    ComplaintIntake intake;
    @Inject
    ReservationRepository reservations;
    @Inject
    HotelCalendar calendar;
    @Inject
    ReportFiles files;

    @Override
    public SurveyInvitationView invitation(String token) {
        Survey survey = surveys.byToken(wellFormed(token)).orElseThrow(() -> new NotFoundException("Survey", "token"));
        Today today = calendar.today();
        survey.requireOpen(today.instant());
        Reservation r = reservations.findAll(List.of(survey.reservationId())).get(0);
        return new SurveyInvitationView(today.hotel().name(), r.stay().arrival(), r.stay().departure(),
                survey.language(), survey.expiresAt());
    }

    @Override
    public void answer(String token, SurveyAnswerRequest request) {
        Survey survey = surveys.byTokenForUpdate(wellFormed(token))
                .orElseThrow(() -> new NotFoundException("Survey", "token"));
        Instant now = calendar.now();
        SurveyAnswers answers = new SurveyAnswers(request.nps(), request.csatOverall(), request.frontDesk(),
                request.room(), request.cleanliness(), request.foodAndBeverage(), request.comment());
        survey.answer(answers, now);
        LOG.info(() -> "Survey of " + survey.confirmationNumber() + " answered");
        if (answers.callsForAComplaint()) {
            Reservation r = reservations.findAll(List.of(survey.reservationId())).get(0);
            Complaint c = intake.take(ComplaintIntake.about(r, survey.roomNumber(), new Complaint.Intake(null, null,
                    null, null, null, categoryOf(answers), severityOf(answers), ComplaintSource.SURVEY,
                    wordsOf(answers))), SURVEY, now);
            c.assignTo(ComplaintIntake.DUTY_MANAGER, SURVEY, now);
            survey.openedComplaint(c.id());
            LOG.info(() -> "Survey of " + survey.confirmationNumber() + " opened complaint " + c.reference());
        }
    }

    /** Where the guest was least satisfied: the department rated 1–2, the room before cleanliness before F&B before the desk. */
    public static ComplaintCategory categoryOf(SurveyAnswers a) {
        if (low(a.room())) {
            return ComplaintCategory.ROOM;
        }
        if (low(a.cleanliness())) {
            return ComplaintCategory.CLEANLINESS;
        }
        if (low(a.foodAndBeverage())) {
            return ComplaintCategory.FOOD_AND_BEVERAGE;
        }
        if (low(a.frontDesk())) {
            return ComplaintCategory.STAFF;
        }
        return ComplaintCategory.OTHER;
    }

    private static boolean low(Integer score) {
        return org.innkeeper.domain.report.Satisfaction.dissatisfied(score);
    }

    public static Severity severityOf(SurveyAnswers a) {
        return a.nps() <= 3 || a.csatOverall() == 1 ? Severity.HIGH : Severity.MEDIUM;
    }

    public static String wordsOf(SurveyAnswers a) {
        String scores = "Survey: recommend " + a.nps() + "/10, satisfied " + a.csatOverall() + "/5"
                + part(" front desk ", a.frontDesk()) + part(" room ", a.room()) + part(" cleanliness ", a.cleanliness())
                + part(" F&B ", a.foodAndBeverage()) + ".";
        String words = a.comment() == null ? scores + " No comment." : scores + " " + a.comment();
        return words.length() <= 2000 ? words : words.substring(0, 2000);
    }

    private static String part(String name, Integer score) {
        return score == null ? "" : "," + name + score + "/5";
    }

    /** A token is 43 URL-safe characters; anything else is no survey, without asking the database. */
    private static String wellFormed(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            throw new NotFoundException("Survey", "token");
        }
        return token;
    }

    @Override
    public List<SurveyResultView> results(LocalDate from, LocalDate to) {
        LocalDate last = to != null ? to : calendar.businessDate();
        LocalDate first = from != null ? from : last.minusDays(30);
        List<Survey> list = new ArrayList<>(surveys.departedBetween(first, last));
        list.sort(Comparator.comparing(Survey::departure).reversed().thenComparing(Survey::id, Comparator.reverseOrder()));
        return list.stream().map(s -> {
            SurveyAnswers a = s.answers();
            return new SurveyResultView(s.confirmationNumber(), s.roomNumber(), s.departure(), s.checkedInBy(),
                    s.checkedOutBy(), s.sentAt(), s.expiresAt(), s.answeredAt(), a == null ? null : a.nps(),
                    a == null ? null : a.csatOverall(), a == null ? null : a.frontDesk(), a == null ? null : a.room(),
                    a == null ? null : a.cleanliness(), a == null ? null : a.foodAndBeverage(),
                    a == null ? null : a.comment(), s.complaintId() == null ? null : Complaint.reference(s.complaintId()));
        }).toList();
    }

    @Override
    public ServiceQualityView figures(LocalDate from, LocalDate to) {
        LocalDate last = to != null ? to : calendar.businessDate();
        LocalDate first = from != null ? from : last.minusYears(1).plusDays(1);
        if (first.isAfter(last)) {
            throw new InvalidValueException("from", "the period starts after it ends");
        }
        ZoneId zone = calendar.hotel().timeZone();
        List<Complaint> taken = complaints.takenBetween(first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
        return ServiceQualityFigures.of(first, last, surveys.departedBetween(first, last), taken,
                surveys.staysDeparted(first, last), zone, requestFigures(first, last));
    }

    /**
     * The guest requests' figures of the period (share answered within target, median first response and
     * resolution), as the requests' own service counts them; none where it is not wired (plain JPA tests).
     */
    private ServiceQualityView.RequestFigures requestFigures(LocalDate from, LocalDate to) {
        if (requests == null) {
            return null;
        }
        var f = requests.figures(from, to);
        return new ServiceQualityView.RequestFigures(f.answeredWithinTargetPercent(),
                f.medianFirstResponseMinutes() == null ? null : Math.round(f.medianFirstResponseMinutes()),
                f.medianResolutionMinutes() == null ? null : Math.round(f.medianResolutionMinutes()));
    }

    @Override
    public ReportDocument figuresDocument(LocalDate from, LocalDate to, String trend, ReportFormat format) {
        ServiceQualityView v = figures(from, to);
        boolean monthly = trend == null || trend.isBlank() || "MONTH".equalsIgnoreCase(trend.strip());
        if (!monthly && !"WEEK".equalsIgnoreCase(trend.strip())) {
            throw new InvalidValueException("trend", "WEEK or MONTH");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ServiceQualityView.Score s : monthly ? v.byMonth() : v.byWeek()) {
            rows.add(row(s.key(), s));
        }
        rows.add(row("Total", v.overall()));
        ReportTable table = new ReportTable("Service quality " + v.from() + " – " + v.to() + " by "
                + (monthly ? "month" : "week"), List.of(
                new ReportTable.Label("quality.period", monthly ? "Month" : "Week"),
                new ReportTable.Label("quality.answers", "Answers"),
                new ReportTable.Label("quality.promoters", "Promoters"),
                new ReportTable.Label("quality.passives", "Passives"),
                new ReportTable.Label("quality.detractors", "Detractors"),
                new ReportTable.Label("quality.nps", "NPS"),
                new ReportTable.Label("quality.csatAnswers", "CSAT answers"),
                new ReportTable.Label("quality.csat", "CSAT %"),
                new ReportTable.Label("quality.complaints", "Complaints")), rows);
        byte[] content = switch (format) {
            case CSV -> files.csv(table);
            case XLSX -> files.xlsx(table);
            case PDF -> files.pdf(table);
        };
        return new ReportDocument("service-quality-" + v.from() + "-" + v.to() + "-" + (monthly ? "month" : "week")
                + "." + format.extension(), format.mediaType(), content);
    }

    private static List<Object> row(String key, ServiceQualityView.Score s) {
        return List.of(key, s.answers(), s.promoters(), s.passives(), s.detractors(), s.nps(), s.csatAnswers(),
                s.csatPercent(), s.complaints());
    }
}
