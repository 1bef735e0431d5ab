package org.innkeeper.application.dto;

import java.io.Serializable;

public record RatePlanView(String code, String name, String description) implements Serializable {
}
