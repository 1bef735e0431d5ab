package org.innkeeper.application.dto;

import java.io.Serializable;

/** The target of one category for one guest tier. */
public record RequestTargetView(String category, String categoryName, String department, String tier,
                                int responseMinutes, int resolutionMinutes) implements Serializable {
}
