package org.innkeeper.domain.hotel;

import java.util.Optional;

public interface HotelRepository {

    Optional<Hotel> find();

    void store(Hotel hotel);
}
