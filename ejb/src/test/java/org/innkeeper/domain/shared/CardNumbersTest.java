package org.innkeeper.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "4111111111111111",            // Visa test number, 16 digits
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "Smith 4111 1111 1111 1111",
        "5555555555554444",            // Mastercard
        "378282246310005",             // Amex, 15 digits
        "3782 822463 10005",
        "4222222222222",               // 13 digits
        "6011 0009 9013 9424",         // Discover
        "4111 1111 1111 1111 99",      // a card followed by more digits: the card's groups still count
        "card:4111111111111111.",
        "3952cb6d-ae11-497a-8365-625107002301 4111 1111 1111 1111", // a card beside a UUID is still a card
        "ref 8365-625107002301"})      // the same digits as the UUID below, outside a UUID
    void refusesWhatLooksLikeACardNumber(String text) {
        assertThat(CardNumbers.containsCardNumber(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "411111111111",                // 12 digits
        "4111111111111112",            // fails the Luhn check
        "4111 1111 1111 1112",
        "+49 30 1234567",
        "+7 912 345 67 89",
        "0049 30 12345678 6",          // 15 digits passing Luhn, but a telephone number (leading 0)
        "+4930123456786",               // passes Luhn, but a telephone number (after +)
        "4111  1111  1111  1111",      // double spaces: not one sequence
        "Room 101, 2 nights, 4 guests",
        "AB1234567",
        "41111111-1111-1111-1abc-def012345678", // a UUID (an idempotency key): digits joined to letters
        "41111111-1111-1111-abcd-ef0123456789",
        "e41111111-1111-1111-1111",
        // random UUIDs whose last two groups are 16 digits passing the Luhn check (found among 3 million)
        "3952cb6d-ae11-497a-8365-625107002301",
        "06EF23B7-D23F-450B-9116-335540205749",
        "key e7715fbe-317c-446d-8193-177300653629",
        "Ada Lovelace"})
    void acceptsWhatDoesNot(String text) {
        assertThat(CardNumbers.containsCardNumber(text)).as(text).isFalse();
    }

    @Test
    void nullIsNoCardNumber() {
        assertThat(CardNumbers.containsCardNumber(null)).isFalse();
    }

    @Test
    void refusalNamesTheFieldAndSaysWhatToSend() {
        assertThatThrownBy(() -> CardNumbers.refuseIn("guest.phone", "4111 1111 1111 1111"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("looks like a card number")
                .hasMessageContaining("only the last four digits")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("guest.phone");
    }
}
