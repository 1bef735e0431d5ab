package org.innkeeper.application.dto;

import java.io.Serializable;

public record RoomTypeView(String code, String name, int maxOccupancy, int rooms) implements Serializable {
}
