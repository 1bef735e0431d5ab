package org.innkeeper.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import org.innkeeper.application.dto.DeskOverview;
import org.innkeeper.application.dto.HotelView;

/** The hotel, its business date, and today at a glance for every phase of the cycle. */
@Local
public interface HotelService {

    LocalDate businessDate();

    HotelView hotel();

    DeskOverview overview();
}
