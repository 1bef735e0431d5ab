package org.innkeeper.application.dto;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A charge to the guest's folio: an {@code article} of the service catalogue (MINIBAR, RESTAURANT,
 * BAR, SPA, PARKING, LAUNDRY, TELEPHONE, LATE_CHECKOUT, OTHER, ...). The {@code amount} (VAT included,
 * in the hotel's currency) may be left out for an article with a list price: then it is the price
 * times {@code quantity} (1 if left out). The {@code description} defaults to the article's name.
 */
public record ChargeRequest(
        @NotBlank @Size(max = 20) String article,
        @Size(max = 120) String description,
        @DecimalMin(value = "0.01") @Digits(integer = 8, fraction = 2) BigDecimal amount,
        @Min(1) @Max(99) Integer quantity)
        implements Serializable {

    @JsonbCreator
    public ChargeRequest(@JsonbProperty("article") String article, @JsonbProperty("description") String description,
                         @JsonbProperty("amount") BigDecimal amount, @JsonbProperty("quantity") Integer quantity) {
        this.article = article;
        this.description = description;
        this.amount = amount;
        this.quantity = quantity;
    }

    /** A charge of a given amount. */
    public ChargeRequest(String article, String description, BigDecimal amount) {
        this(article, description, amount, null);
    }

    public int quantityOrOne() {
        return quantity == null ? 1 : quantity;
    }
}
