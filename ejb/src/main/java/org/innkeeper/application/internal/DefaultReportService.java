package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.innkeeper.application.ReportService;
import org.innkeeper.application.dto.OccupancyDayView;
import org.innkeeper.application.dto.OccupancyReportView;
import org.innkeeper.domain.report.OccupancyFigures;
import org.innkeeper.domain.reservation.ReservationRepository;
import org.innkeeper.domain.reservation.ReservationRepository.NightSales;
import org.innkeeper.domain.room.RoomRepository;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;

@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultReportService implements ReportService {

    @Inject
    ReservationRepository reservations;
    @Inject
    RoomRepository rooms;
    @Inject
    HotelCalendar calendar;

    @Override
    public OccupancyReportView occupancy(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidValueException("from", "the first date is required");
        }
        if (to == null) {
            throw new InvalidValueException("to", "the last date is required");
        }
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "the last date must not be before the first");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidValueException("to", "a report covers at most " + MAX_DAYS + " days");
        }
        String currency = calendar.currency();
        // Rooms available = physical rooms (nothing is out of order yet), the same every day.
        long roomsAvailable = rooms.countRooms();
        Map<LocalDate, NightSales> sales = reservations.salesBetween(from, to, calendar.businessDate()).stream()
                .collect(Collectors.toMap(NightSales::night, Function.identity()));

        List<OccupancyDayView> days = new ArrayList<>();
        OccupancyFigures total = new OccupancyFigures(0, 0, Money.zero(currency));
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            NightSales s = sales.get(day);
            OccupancyFigures figures = s == null
                    ? new OccupancyFigures(roomsAvailable, 0, Money.zero(currency))
                    : new OccupancyFigures(roomsAvailable, s.roomsSold(), Money.of(s.revenue(), currency));
            days.add(view(day, figures));
            total = total.plus(figures);
        }
        return new OccupancyReportView(from, to, days, view(null, total));
    }

    private static OccupancyDayView view(LocalDate day, OccupancyFigures f) {
        return new OccupancyDayView(day, (int) f.roomsAvailable(), (int) f.roomsSold(), f.roomRevenue().amount(),
                f.occupancyPercent(), f.adr().amount(), f.revPar().amount(), f.roomRevenue().currency());
    }
}
