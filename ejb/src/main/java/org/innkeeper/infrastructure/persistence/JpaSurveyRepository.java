package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.innkeeper.domain.survey.Survey;
import org.innkeeper.domain.survey.SurveyRepository;

@ApplicationScoped
public class JpaSurveyRepository implements SurveyRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void store(Survey survey) {
        if (survey.id() == null) {
            em.persist(survey);
        }
    }

    @Override
    public Optional<Survey> byTokenForUpdate(String token) {
        return em.createQuery("select s from Survey s where s.token = :t", Survey.class).setParameter("t", token)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<Survey> byToken(String token) {
        return em.createQuery("select s from Survey s where s.token = :t", Survey.class).setParameter("t", token)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Survey> ofReservation(long reservationId) {
        return em.createQuery("select s from Survey s where s.reservationId = :r", Survey.class)
                .setParameter("r", reservationId).getResultStream().findFirst();
    }

    @Override
    public List<Survey> departedBetween(LocalDate from, LocalDate to) {
        return em.createQuery("select s from Survey s where s.departure >= :from and s.departure <= :to", Survey.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public long staysDeparted(LocalDate from, LocalDate to) {
        return em.createQuery("select count(r) from Reservation r where r.status = :s and r.stay.departure >= :from"
                        + " and r.stay.departure <= :to", Long.class)
                .setParameter("s", org.innkeeper.domain.reservation.ReservationStatus.CHECKED_OUT)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }
}
