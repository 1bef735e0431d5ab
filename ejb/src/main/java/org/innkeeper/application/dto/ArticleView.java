package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An article of the service catalogue. {@code price} includes VAT and is absent when the amount is
 * given at posting; {@code system} articles (room night, city tax, fees) are posted by the audit
 * and the policies, and only their name is edited.
 */
public record ArticleView(String code, String name, String department, BigDecimal vatPercent, BigDecimal price,
                          boolean active, boolean system) implements Serializable {
}
