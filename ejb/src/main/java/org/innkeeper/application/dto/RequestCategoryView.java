package org.innkeeper.application.dto;

import java.io.Serializable;

public record RequestCategoryView(String code, String name, String department, String priority) implements Serializable {
}
