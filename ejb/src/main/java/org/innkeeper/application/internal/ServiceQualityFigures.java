package org.innkeeper.application.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.innkeeper.application.dto.ServiceQualityView;
import org.innkeeper.domain.complaint.Complaint;
import org.innkeeper.domain.complaint.ComplaintCategory;
import org.innkeeper.domain.report.NetPromoterScore;
import org.innkeeper.domain.report.Satisfaction;
import org.innkeeper.domain.survey.Survey;
import org.innkeeper.domain.survey.SurveyAnswers;

/**
 * The service quality of a period from its surveys and complaints: sums per group, then the formulas
 * of {@link NetPromoterScore} and {@link Satisfaction}.
 */
final class ServiceQualityFigures {

    /** The departments the survey asks about, as the figures name them. */
    static final List<String> DEPARTMENTS = List.of("FRONT_DESK", "ROOM", "CLEANLINESS", "FOOD_AND_BEVERAGE");

    private ServiceQualityFigures() {
    }

    static ServiceQualityView of(LocalDate from, LocalDate to, List<Survey> surveys, List<Complaint> complaints,
                                 long stays, ZoneId zone, ServiceQualityView.RequestFigures requests) {
        List<Survey> answered = surveys.stream().filter(Survey::answered).toList();
        Score overall = new Score();
        answered.forEach(s -> overall.add(s.answers().nps(), s.answers().csatOverall()));
        complaints.forEach(c -> overall.complaints++);

        List<ServiceQualityView.Score> byDepartment = new ArrayList<>();
        for (String department : DEPARTMENTS) {
            Score d = new Score();
            for (Survey s : answered) {
                Integer csat = department(s.answers(), department);
                if (csat != null) {
                    d.add(s.answers().nps(), csat);
                }
            }
            d.complaints = complaints.stream().filter(c -> department.equals(department(c.category()))).count();
            byDepartment.add(d.view(department));
        }

        Map<String, Score> staff = new TreeMap<>();
        for (Survey s : answered) {
            for (String who : new java.util.LinkedHashSet<>(java.util.Arrays.asList(s.checkedInBy(), s.checkedOutBy()))) {
                if (who != null) {
                    staff.computeIfAbsent(who, k -> new Score()).add(s.answers().nps(), s.answers().csatOverall());
                }
            }
        }

        long repeats = complaints.stream().filter(Complaint::isRepeat).count();
        return new ServiceQualityView(from, to, overall.view("ALL"), byDepartment,
                staff.entrySet().stream().map(e -> e.getValue().view(e.getKey())).toList(),
                stays, complaints.size(), percent(complaints.size(), stays), repeats, surveys.size(), answered.size(),
                percent(answered.size(), surveys.size()),
                trend(answered, complaints, zone, d -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
                trend(answered, complaints, zone, d -> d.withDayOfMonth(1)), requests);
    }

    /** Per week or month (the first day of each, from {@code start}), the answers of stays that left then and the complaints taken then. */
    private static List<ServiceQualityView.Score> trend(List<Survey> answered, List<Complaint> complaints, ZoneId zone,
                                                        Function<LocalDate, LocalDate> start) {
        Map<LocalDate, Score> periods = new TreeMap<>();
        for (Survey s : answered) {
            periods.computeIfAbsent(start.apply(s.departure()), k -> new Score())
                    .add(s.answers().nps(), s.answers().csatOverall());
        }
        for (Complaint c : complaints) {
            periods.computeIfAbsent(start.apply(c.takenAt().atZone(zone).toLocalDate()), k -> new Score()).complaints++;
        }
        return periods.entrySet().stream().map(e -> e.getValue().view(e.getKey().toString())).toList();
    }

    static Integer department(SurveyAnswers a, String department) {
        return switch (department) {
            case "FRONT_DESK" -> a.frontDesk();
            case "ROOM" -> a.room();
            case "CLEANLINESS" -> a.cleanliness();
            default -> a.foodAndBeverage();
        };
    }

    /** The department a complaint's category belongs to. */
    static String department(ComplaintCategory category) {
        return switch (category) {
            case ROOM, NOISE, MAINTENANCE -> "ROOM";
            case CLEANLINESS -> "CLEANLINESS";
            case FOOD_AND_BEVERAGE -> "FOOD_AND_BEVERAGE";
            case STAFF, BILLING -> "FRONT_DESK";
            case OTHER -> "OTHER";
        };
    }

    /** part / whole × 100 with one decimal; zero when the whole is. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN);
    }

    /** Sums of one group. */
    private static final class Score {
        NetPromoterScore nps = NetPromoterScore.NONE;
        Satisfaction csat = Satisfaction.NONE;
        long complaints;

        void add(int recommend, Integer satisfaction) {
            nps = nps.plus(NetPromoterScore.of(recommend));
            csat = csat.plus(Satisfaction.of(satisfaction));
        }

        ServiceQualityView.Score view(String key) {
            return new ServiceQualityView.Score(key, nps.answers(), nps.promoters(), nps.passives(), nps.detractors(),
                    nps.score(), csat.answers(), csat.percent(), complaints);
        }
    }
}
