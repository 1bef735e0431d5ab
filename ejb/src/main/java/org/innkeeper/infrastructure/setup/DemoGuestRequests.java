package org.innkeeper.infrastructure.setup;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.innkeeper.domain.request.GuestRequest;
import org.innkeeper.domain.request.GuestTier;
import org.innkeeper.domain.request.RequestCategory;
import org.innkeeper.domain.request.RequestDepartment;
import org.innkeeper.domain.request.RequestSource;
import org.innkeeper.domain.request.ResponseTarget;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationStatus;
import org.innkeeper.domain.staff.StaffRole;
import org.innkeeper.domain.staff.StaffUser;
import org.innkeeper.infrastructure.persistence.JpaGuestRequestRepository;

/**
 * The demo's guest requests: a supervisor and the duty manager to escalate to, about one request in
 * four past stays spread over the year (most answered in time, some late, a few escalated), and a few
 * open today for guests in house, one of a VIP already overdue.
 */
final class DemoGuestRequests {

    private static final String[][] ASKS = {
        {"TOWELS", "Two more bath towels, please"}, {"TOWELS", "Extra pillows and a blanket"},
        {"CLEANING", "Please clean the room after 2 pm"}, {"REPAIR", "The shower drips"},
        {"REPAIR", "The air conditioning is loud"}, {"NOISE", "Noise from the next room"},
        {"LATE_CHECKOUT", "Could we leave at 2 pm?"}, {"TAXI", "A taxi to the airport at 6:30"},
        {"ROOM_SERVICE", "Breakfast in the room at 8"}, {"OTHER", "An iron and ironing board"}};
    /** Minutes to the first answer and to the resolution, drawn around these. */
    private static final int[] ANSWER = {1, 2, 3, 3, 4, 5, 6, 8, 10, 12, 14, 18, 25};

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(DemoGuestRequests.class.getName());

    private static final int CHUNK = 250;

    private final EntityManager em;
    private final Random random = new Random(9);

    DemoGuestRequests(EntityManager em) {
        this.em = em;
    }

    void seed(LocalDate today, ZoneId zone, boolean history) {
        long started = System.nanoTime();
        em.persist(new StaffUser("supervisor", "Sam Supervisor", "supervisor",
                EnumSet.of(StaffRole.FRONT_DESK, StaffRole.HOUSEKEEPING)));
        JpaGuestRequestRepository requests = new JpaGuestRequestRepository(em);
        for (RequestDepartment d : RequestDepartment.values()) {
            requests.setEscalationContact(d, GuestRequest.SUPERVISOR,
                    new org.innkeeper.domain.request.EscalationContact("supervisor", "supervisor@riverside.example"));
            requests.setEscalationContact(d, GuestRequest.DUTY_MANAGER,
                    new org.innkeeper.domain.request.EscalationContact("manager", "manager@riverside.example"));
        }
        Map<String, RequestCategory> categories = new HashMap<>();
        requests.categories().forEach(c -> categories.put(c.code(), c));
        Map<String, ResponseTarget> targets = new HashMap<>();
        requests.targets().forEach(t -> targets.put(t.categoryCode() + "/" + t.tier(), t.target()));

        if (!history) {
            return;
        }
        em.flush();
        em.clear();
        // pick the stays first (ids only), then load just those, read-only, a chunk at a time
        List<Object[]> candidates = em.createQuery("select r.id, r.status from Reservation r where r.status in :s"
                        + " order by r.id", Object[].class)
                .setParameter("s", List.of(ReservationStatus.CHECKED_OUT, ReservationStatus.IN_HOUSE)).getResultList();
        List<Long> chosen = new java.util.ArrayList<>();
        int inHouseChosen = 0;
        for (Object[] row : candidates) {
            boolean inHouse = row[1] == ReservationStatus.IN_HOUSE;
            if (inHouse ? inHouseChosen < 6 && random.nextInt(3) == 0 : random.nextInt(4) == 0) {
                chosen.add((Long) row[0]);
                inHouseChosen += inHouse ? 1 : 0;
            }
        }
        Instant now = Instant.now();
        int n = 0;
        int open = 0;
        for (int from = 0; from < chosen.size(); from += CHUNK) {
            List<Reservation> stays = em.createQuery("select r from Reservation r join fetch r.guest"
                            + " left join fetch r.room where r.id in :ids order by r.id", Reservation.class)
                    .setParameter("ids", chosen.subList(from, Math.min(chosen.size(), from + CHUNK)))
                    .setHint("org.hibernate.readOnly", true).getResultList();
            for (Reservation stay : stays) {
                String[] ask = ASKS[random.nextInt(ASKS.length)];
                RequestCategory category = categories.get(ask[0]);
                ResponseTarget target = targets.get(category.code() + "/" + GuestTier.of(stay.guest()));
                if (stay.status() == ReservationStatus.IN_HOUSE) {
                    // today's open requests: logged 3 to 20 minutes ago; one already answered
                    Instant at = now.minus(Duration.ofMinutes(3 + open * 3L));
                    GuestRequest r = new GuestRequest(stay, category, null, target, ask[1],
                            open % 2 == 0 ? RequestSource.GUEST_PAGE : RequestSource.DESK,
                            open % 2 == 0 ? "guest:" + stay.confirmationNumber().value() : "frontdesk", at);
                    if (open == 1) {
                        r.acknowledge("housekeeping", at.plus(Duration.ofMinutes(2)));
                    }
                    em.persist(r);
                    open++;
                    n++;
                    continue;
                }
                LocalDate day = stay.stay().arrival().plusDays(random.nextInt(Math.max(1, stay.stay().nights())));
                if (!day.isBefore(today)) {
                    continue;
                }
                Instant at = day.atTime(8 + random.nextInt(14), random.nextInt(60)).atZone(zone).toInstant();
                GuestRequest r = new GuestRequest(stay, category, null, target, ask[1],
                        RequestSource.values()[random.nextInt(3)], "frontdesk", at);
                Instant answered = at.plus(Duration.ofMinutes(ANSWER[random.nextInt(ANSWER.length)]));
                r.acknowledge(category.department() == RequestDepartment.HOUSEKEEPING ? "housekeeping" : "frontdesk",
                        answered);
                r.resolve(null, "frontdesk", answered.plus(Duration.ofMinutes(3 + random.nextInt(target.resolutionMinutes()))));
                em.persist(r);
                n++;
            }
            em.flush();
            em.clear();
        }
        em.flush();
        em.clear();
        // the past's late answers went to the supervisor (as the timer would have done)
        em.createQuery("update GuestRequest r set r.escalationLevel = 1, r.escalatedTo = 'supervisor',"
                        + " r.escalatedAt = r.responseDueAt where r.acknowledgedAt > r.responseDueAt")
                .executeUpdate();
        int seeded = n;
        LOG.info(() -> seeded + " guest requests seeded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
