package org.innkeeper.infrastructure.setup;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.innkeeper.domain.complaint.Complaint;
import org.innkeeper.domain.complaint.ComplaintCategory;
import org.innkeeper.domain.complaint.ComplaintSource;
import org.innkeeper.domain.complaint.Severity;
import org.innkeeper.domain.complaint.StandardResolution;
import org.innkeeper.domain.reservation.ConfirmationNumber;
import org.innkeeper.domain.reservation.ReservationStatus;
import org.innkeeper.domain.survey.Survey;
import org.innkeeper.domain.survey.SurveyAnswers;

/**
 * The demo hotel's past year of service quality, so the figures and charts have content on day one:
 * every stay that left got its survey; about a third of the guests answered, mostly content, a little
 * less in the busy summer and better as the year went on; a detractor's score or a low satisfaction
 * opened a complaint for the duty manager; and about 3 stays in 100 complained at the desk, by phone or
 * by e-mail. Past complaints were resolved (within their target, mostly) and followed up; the last days'
 * are still open or waiting for their follow-up. Compensation is not posted here (the folios were settled
 * and invoiced): gestures are recorded on the complaint. Drawn from its own random numbers, so the rest
 * of the demo stays as it was; persisted in batches.
 */
final class DemoServiceQuality {

    private static final double ANSWERED = 0.34;
    private static final double COMPLAINED = 0.03;
    private static final String[] PRAISE = {"Lovely stay, thank you!", "Friendly staff at the desk.",
        "Great breakfast.", "Quiet room with a view of the river.", "Clean and comfortable.",
        "We will come again.", "Спасибо, всё было отлично!", "Очень чистый номер."};
    private static final String[] CRITICISM = {"The room was not clean when we arrived.",
        "Noise from the street all night.", "Waited 20 minutes at check-in.", "Breakfast ran out of eggs.",
        "The shower was cold.", "Wi-Fi kept dropping.", "Было шумно ночью.", "Wrong charge on the bill."};
    private static final Map<ComplaintCategory, String[]> WORDS = new EnumMap<>(Map.of(
            ComplaintCategory.ROOM, new String[] {"The room smells of smoke.", "The bed is broken."},
            ComplaintCategory.CLEANLINESS, new String[] {"Hair in the bathroom.", "Dusty shelves and dirty towels."},
            ComplaintCategory.NOISE, new String[] {"Loud party next door.", "Construction noise from 7 am."},
            ComplaintCategory.FOOD_AND_BEVERAGE, new String[] {"Cold soup at dinner.", "Coffee machine empty at breakfast."},
            ComplaintCategory.STAFF, new String[] {"The night porter was rude.", "Nobody answered the phone at reception."},
            ComplaintCategory.BILLING, new String[] {"Minibar charged twice.", "Parking charged though we had none."},
            ComplaintCategory.MAINTENANCE, new String[] {"Air conditioning not working.", "The shower drain is blocked."},
            ComplaintCategory.OTHER, new String[] {"The lift was out of order all day.", "Lost my umbrella in the lobby."}));
    private static final String[] GESTURES = {"apology and a fruit basket", "a welcome drink at the bar",
        "late check-out without charge", "room changed at once", "an upgrade promised for the next stay"};
    private static final String[] STAFF = {"frontdesk", "manager", "nightaudit"};

    private final EntityManager em;
    private final Random random = new Random(9);
    private final Map<ComplaintCategory, StandardResolution> standards = new EnumMap<>(ComplaintCategory.class);
    private final Map<String, List<Complaint>> byRoom = new HashMap<>();
    private final Map<Long, List<Complaint>> byGuest = new HashMap<>();
    private int persisted;

    DemoServiceQuality(EntityManager em) {
        this.em = em;
        em.createQuery("select s from StandardResolution s", StandardResolution.class).getResultList()
                .forEach(s -> standards.put(s.category(), s));
    }

    /** A stay that left, as read for its survey. */
    private record Stay(long id, ConfirmationNumber number, Long guestId, String language, String guestName,
                        String room, String checkedInBy, String checkedOutBy, LocalDate arrival, LocalDate departure,
                        Instant leftAt) {
    }

    /** Seeds it; how many surveys and complaints. */
    int[] seed(LocalDate today, Instant now) {
        List<Stay> stays = em.createQuery("select r.id, r.confirmationNumber, g.id, g.language,"
                        + " r.guestAsBooked.firstName, r.guestAsBooked.lastName, rm.number, r.checkedInBy, r.checkedOutBy,"
                        + " r.stay.arrival, r.stay.departure, r.checkedOutAt from Reservation r left join r.guest g"
                        + " left join r.room rm where r.status = :s order by r.checkedOutAt, r.id", Object[].class)
                .setParameter("s", ReservationStatus.CHECKED_OUT).getResultList().stream()
                .map(t -> new Stay((Long) t[0], (ConfirmationNumber) t[1], (Long) t[2], (String) t[3],
                        t[4] + " " + t[5], (String) t[6], (String) t[7], (String) t[8], (LocalDate) t[9],
                        (LocalDate) t[10], (Instant) t[11])).toList();
        int surveys = 0;
        int complaints = 0;
        long first = stays.isEmpty() ? 0 : stays.get(0).departure().toEpochDay();
        for (Stay stay : stays) {
            // the year gets better: up to half a point more on every score by its end
            double progress = stays.isEmpty() ? 0 : (stay.departure().toEpochDay() - first) / 365.0;
            if (random.nextDouble() < COMPLAINED) {
                complaints += complainAtTheDesk(stay, now) ? 1 : 0;
            }
            Survey survey = new Survey(new Survey.Stay(stay.id(), stay.number().value(), stay.guestId(),
                    stay.room(), stay.checkedInBy(), stay.checkedOutBy(), stay.departure(), stay.language()),
                    Survey.newToken(), stay.leftAt(), stay.leftAt().plus(Survey.VALID_FOR));
            Instant answeredAt = stay.leftAt().plus(Duration.ofMinutes(30 + random.nextInt(72 * 60)));
            if (random.nextDouble() < ANSWERED && answeredAt.isBefore(now)) {
                SurveyAnswers answers = answers(stay.departure(), progress);
                survey.answer(answers, answeredAt);
                if (answers.callsForAComplaint()) {
                    Complaint c = take(stay, org.innkeeper.application.internal.DefaultSurveyService.categoryOf(answers),
                            org.innkeeper.application.internal.DefaultSurveyService.severityOf(answers),
                            ComplaintSource.SURVEY, org.innkeeper.application.internal.DefaultSurveyService.wordsOf(answers),
                            "survey", answeredAt);
                    c.assignTo(org.innkeeper.application.internal.ComplaintIntake.DUTY_MANAGER, "survey", answeredAt);
                    handle(c, "manager", answeredAt, now);
                    // the complaint's row first: the survey names it by id, which ordered batch inserts do not see
                    em.flush();
                    survey.openedComplaint(c.id());
                    complaints++;
                }
            }
            em.persist(survey);
            surveys++;
            batch();
        }
        em.flush();
        em.clear();
        return new int[] {surveys, complaints};
    }

    /** A complaint during the stay, at the desk, by phone or e-mail; handled as the desk would have. */
    private boolean complainAtTheDesk(Stay stay, Instant now) {
        ComplaintCategory category = ComplaintCategory.values()[pick(new int[] {14, 20, 18, 12, 8, 10, 12, 6})];
        long nights = Math.max(1, stay.departure().toEpochDay() - stay.arrival().toEpochDay());
        Instant at = stay.leftAt().minus(Duration.ofHours(2 + random.nextInt((int) nights * 24)));
        ComplaintSource source = new ComplaintSource[] {ComplaintSource.DESK, ComplaintSource.DESK, ComplaintSource.PHONE,
            ComplaintSource.EMAIL}[random.nextInt(4)];
        String[] words = WORDS.get(category);
        String by = STAFF[random.nextInt(2) == 0 ? 0 : random.nextInt(STAFF.length)];
        Complaint c = take(stay, category, Severity.values()[pick(new int[] {40, 45, 15})], source,
                words[random.nextInt(words.length)], by, at);
        handle(c, by, at, now);
        return true;
    }

    private Complaint take(Stay stay, ComplaintCategory category, Severity severity, ComplaintSource source,
                           String words, String by, Instant at) {
        Complaint c = new Complaint(new Complaint.Intake(stay.id(), stay.number().value(), stay.guestId(),
                stay.guestName(), stay.room(), category, severity, source, words), standards.get(category), by, at);
        em.persist(c);
        List<Complaint> earlier = new ArrayList<>();
        if (stay.room() != null) {
            earlier.addAll(byRoom.getOrDefault(stay.room(), List.of()));
        }
        if (stay.guestId() != null) {
            earlier.addAll(byGuest.getOrDefault(stay.guestId(), List.of()));
        }
        c.flagRepeatOf(earlier);
        if (stay.room() != null) {
            byRoom.computeIfAbsent(stay.room(), k -> new ArrayList<>()).add(c);
        }
        if (stay.guestId() != null) {
            byGuest.computeIfAbsent(stay.guestId(), k -> new ArrayList<>()).add(c);
        }
        return c;
    }

    /** Resolved within its target (one in six later), a gesture sometimes, followed up a day or two later. */
    private void handle(Complaint c, String by, Instant at, Instant now) {
        long target = standards.get(c.category()).targetMinutes();
        long minutes = random.nextInt(6) == 0 ? target + 5 + random.nextInt((int) target) : 5 + random.nextInt((int) target);
        Instant resolvedAt = at.plus(Duration.ofMinutes(minutes));
        if (resolvedAt.isAfter(now)) {
            return; // still open
        }
        c.resolve("Apologised and followed the standard: " + standards.get(c.category()).steps(),
                random.nextInt(5) != 0, random.nextInt(3) != 0, by, resolvedAt);
        if (random.nextInt(3) == 0) {
            c.compensated(GESTURES[random.nextInt(GESTURES.length)], null, by, resolvedAt);
        }
        Instant calledAt = resolvedAt.plus(Duration.ofHours(24 + random.nextInt(24)));
        if (calledAt.isBefore(now)) {
            c.followUp(random.nextInt(4) == 0 ? "Not reached; left a message" : "Called: the guest was content", "manager",
                    calledAt);
        }
    }

    /** An answer leaning to content, a little worse from June to August, better as the year went on. */
    private SurveyAnswers answers(LocalDate departure, double progress) {
        boolean summer = departure.getMonthValue() >= 6 && departure.getMonthValue() <= 8;
        double mood = random.nextGaussian() * 1.6 + 8.2 + progress * 0.8 - (summer ? 0.6 : 0);
        int nps = (int) Math.max(0, Math.min(10, Math.round(mood)));
        int overall = scale(nps / 2.0 + 0.2 + random.nextGaussian() * 0.5);
        String comment = random.nextInt(3) != 0 ? null
                : nps >= 8 ? PRAISE[random.nextInt(PRAISE.length)] : CRITICISM[random.nextInt(CRITICISM.length)];
        return new SurveyAnswers(nps, overall, scale(overall + random.nextGaussian() * 0.7),
                scale(overall + random.nextGaussian() * 0.8), scale(overall + random.nextGaussian() * 0.9 - (summer ? 0.3 : 0)),
                random.nextInt(10) < 6 ? scale(overall + random.nextGaussian() * 0.8) : null, comment);
    }

    private static int scale(double score) {
        return (int) Math.max(1, Math.min(5, Math.round(score)));
    }

    private int pick(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private void batch() {
        if (++persisted % 500 == 0) {
            em.flush();
            em.clear();
            // the complaints kept for the repeat rules are detached now; only their fields are read
        }
    }
}
