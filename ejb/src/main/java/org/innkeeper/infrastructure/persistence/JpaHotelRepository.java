package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.hotel.HotelRepository;

@ApplicationScoped
public class JpaHotelRepository implements HotelRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Hotel> find() {
        return Optional.ofNullable(em.find(Hotel.class, Hotel.THE_HOTEL));
    }

    @Override
    public void store(Hotel hotel) {
        em.persist(hotel);
    }
}
