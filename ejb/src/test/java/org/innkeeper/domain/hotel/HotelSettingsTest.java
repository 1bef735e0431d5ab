package org.innkeeper.domain.hotel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Party;
import org.innkeeper.domain.shared.StayPeriod;
import org.junit.jupiter.api.Test;

class HotelSettingsTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @Test
    void settingsOutOfRangeAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new HotelSettings(24, 11, 18, 14, 24, 730)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("checkInHour");
        assertThatThrownBy(() -> new HotelSettings(15, 11, -1, 14, 24, 730))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("noShowHour");
        assertThatThrownBy(() -> new HotelSettings(15, 11, 18, 0, 24, 730))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("optionMaxDays");
        assertThatThrownBy(() -> new HotelSettings(15, 11, 18, 14, 169, 730))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("waitlistOfferHours");
        assertThatThrownBy(() -> new HotelSettings(15, 11, 18, 14, 24, 731))
                .as("inventory is open 730 days ahead, no further")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("saleHorizonDays");
        assertThat(new HotelSettings(15, 11, 18, 14, 24, 730)).isEqualTo(HotelSettings.defaults());
    }

    @Test
    void theSaleHorizonAndTheHoursAreTheHotelsOwnInItsTimeZone() {
        Hotel hotel = new Hotel("Test", "EUR", ZoneId.of("Asia/Tokyo"), TODAY);
        hotel.changeSettings(new HotelSettings(14, 10, 20, 7, 12, 90));
        hotel.requireBookable(new StayPeriod(TODAY.plusDays(90), TODAY.plusDays(91)), TODAY);
        assertThatThrownBy(() -> hotel.requireBookable(new StayPeriod(TODAY.plusDays(91), TODAY.plusDays(92)), TODAY))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("up to 90 days");
        assertThat(hotel.arrivalMoment(TODAY).toString()).isEqualTo("2027-03-10T05:00:00Z"); // 14:00 in Tokyo
        assertThat(hotel.noShowMoment(TODAY).toInstant().toString()).isEqualTo("2027-03-10T11:00:00Z"); // 20:00
    }

    @Test
    void theCityTaxIsChargedPerPersonOrPerAdultAsTheCityRules() {
        Party family = Party.of(2, 2);
        TaxPolicy everyone = new TaxPolicy(new BigDecimal("7"), true, new BigDecimal("2.50"));
        TaxPolicy adultsOnly = new TaxPolicy(new BigDecimal("7"), true, new BigDecimal("2.50"), true);
        assertThat(everyone.cityTaxed(family)).isEqualTo(4);
        assertThat(adultsOnly.cityTaxed(family)).isEqualTo(2);
        assertThat(adultsOnly).isNotEqualTo(everyone);
        assertThat(adultsOnly.apply(org.innkeeper.domain.shared.Money.of("107", "EUR"), adultsOnly.cityTaxed(family))
                .cityTax()).isEqualTo(org.innkeeper.domain.shared.Money.of("5.00", "EUR"));
    }
}
