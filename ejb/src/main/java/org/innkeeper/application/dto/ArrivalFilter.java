package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the arrivals board shows: the date (null: the business date) and, each optional, a room type,
 * VIP or loyalty guests only, ready or not ready, assigned or not, the guarantee (GUARANTEED,
 * DEPOSIT, NONE), waiting at the desk, and a text in the guest's name or confirmation number.
 */
public record ArrivalFilter(LocalDate date, String roomType, Boolean vip, Boolean ready, Boolean assigned,
                            String guarantee, Boolean waiting, String text) implements Serializable {

    public static ArrivalFilter on(LocalDate date) {
        return new ArrivalFilter(date, null, null, null, null, null, null, null);
    }
}
