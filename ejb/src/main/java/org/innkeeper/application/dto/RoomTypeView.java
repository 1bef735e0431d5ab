package org.innkeeper.application.dto;

import java.io.Serializable;

/** A room type: whom it sleeps, the people its price covers, its overbooking allowance and rooms. */
public record RoomTypeView(String code, String name, int maxOccupancy, int standardOccupancy, int overbookingLimit,
                           int rooms) implements Serializable {
}
