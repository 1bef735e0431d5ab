package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.HotelService;
import org.innkeeper.application.dto.DeskOverview;
import org.innkeeper.application.dto.HotelView;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.reservation.ReservationRepository;
import org.innkeeper.domain.room.HousekeepingStatus;
import org.innkeeper.domain.room.Occupancy;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomRepository;

@Stateless
public class DefaultHotelService implements HotelService {

    @Inject
    ReservationRepository reservations;
    @Inject
    RoomRepository rooms;
    @Inject
    HotelCalendar calendar;

    @Override
    public LocalDate businessDate() {
        return calendar.businessDate();
    }

    @Override
    public HotelView hotel() {
        Hotel hotel = calendar.hotel();
        return new HotelView(hotel.name(), hotel.currency(), calendar.businessDate(), hotel.timeZone().getId());
    }

    @Override
    public DeskOverview overview() {
        LocalDate today = calendar.businessDate();
        List<Room> all = rooms.rooms();
        int vacantClean = 0;
        int vacantDirty = 0;
        int occupied = 0;
        for (Room room : all) {
            if (room.occupancy() == Occupancy.OCCUPIED) {
                occupied++;
            } else if (room.housekeeping() == HousekeepingStatus.DIRTY) {
                vacantDirty++;
            } else {
                vacantClean++;
            }
        }
        return new DeskOverview(today, (int) reservations.countArrivingOn(today), (int) reservations.countInHouse(),
                (int) reservations.countInHouseDepartingOn(today), vacantClean, vacantDirty, occupied, all.size());
    }
}
