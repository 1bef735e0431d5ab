package org.innkeeper.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.innkeeper.application.dto.AlternativeView;
import org.innkeeper.application.dto.AvailabilityGridView;
import org.innkeeper.application.dto.AvailabilityView;
import org.innkeeper.application.dto.NightPriceView;
import org.innkeeper.application.dto.OfferView;
import org.innkeeper.application.dto.PolicyView;
import org.innkeeper.application.dto.ReasonView;
import org.innkeeper.application.dto.UnavailableOfferView;
import org.junit.jupiter.api.Test;

/** The availability answer written by hand: the very bytes JSON-B (the API's shared Yasson) writes, for any view. */
class AvailabilityJsonTest {

    private static final LocalDate ARRIVAL = LocalDate.of(2027, 3, 1);

    private final AvailabilityJson writer = new AvailabilityJson();
    private final Jsonb jsonb = new SharedJsonb().getContext(AvailabilityView.class);

    @Test
    void offersWithEveryNightAndPolicyAsJsonbWritesThem() throws Exception {
        OfferView single = offer("SGL", "Одноместный \"Komfort\" \\ Süd", "BAR", "Best\tavailable\nrate",
                List.of(night(0, "15.00", "12.61", "2.39", "0", "15.00"), night(1, "0.5", "0.42", "0.08", "1.50", "2.0"),
                        night(2, "1234567.891", "1037452.009", "197115.882", "-2.50", "1234565.391")),
                new PolicyView("CARD", null, null, 48, Instant.parse("2027-02-27T14:00:00Z"), "FIRST_NIGHT", null,
                        new BigDecimal("15.00"), "FULL_STAY", null, new BigDecimal("1234570.391"), true,
                        "Free cancellation until 48 hours before arrival, \u201cthen\u201d the first night"));
        OfferView deposit = offer("DBL", "Double </script> \u0001\u001f\u007f\u2028 \uD83D\uDECF", "NRF",
                "Non-refundable", List.of(night(0, "1E+3", "0.00", "0E-2", "1E-7", "-0.01")),
                new PolicyView("DEPOSIT", new BigDecimal("30"), new BigDecimal("300.000"), null, null, "FULL_STAY",
                        new BigDecimal("100"), new BigDecimal("1000"), "FULL_STAY", new BigDecimal("100"),
                        new BigDecimal("-1000.5"), false, "Non-refundable"));
        OfferView withSeconds = offer("STE", "Suite", "FLEX", "Flexible", List.of(night(0, "99.99", "84.03", "15.96",
                "3.00", "102.99")), policy(0, Instant.parse("2027-02-28T23:59:59.123456789Z")));
        AvailabilityView view = new AvailabilityView(ARRIVAL, ARRIVAL.plusDays(3), 3, 2, 1, "EUR",
                List.of(single, deposit, withSeconds),
                List.of(new UnavailableOfferView("TRP", "Triple", "BAR", "Best available rate", List.of(
                        new ReasonView("min-stay", "At least 4 nights from \"2027-03-01\"", 4),
                        new ReasonView("closed-to-arrival", "Closed to arrival\\on Mondays", null),
                        new ReasonView("sold-out", "No Triple left", 0)))),
                List.of());

        assertSameBytes(view);
    }

    @Test
    void amountsInCentsAsTheirToStringWritesThem() throws Exception {
        // amounts of scale 2 are written from their unscaled number: signs, zeros, single cents, 18 digits
        List<NightPriceView> nights = new ArrayList<>();
        String[] amounts = {"0.00", "0.05", "-0.05", "0.50", "-0.50", "1.00", "-1.00", "12.34", "-12.34", "100.00",
                "9999999999999999.99", "-9999999999999999.99", "99999999999999999.99", "1E+2", "1.0E+2", "123.456"};
        for (int i = 0; i < amounts.length; i++) {
            BigDecimal a = new BigDecimal(amounts[i]);
            nights.add(new NightPriceView(ARRIVAL.plusDays(i), a, a.negate(), a.setScale(2, java.math.RoundingMode.HALF_UP),
                    BigDecimal.valueOf(i * 37L - 100, 2), BigDecimal.valueOf(Long.MIN_VALUE / 1000 + i, 2)));
        }
        OfferView offer = offer("DBL", "Double", "BAR", "Best", nights, policy(null, null));
        AvailabilityView view = new AvailabilityView(ARRIVAL, ARRIVAL.plusDays(amounts.length), amounts.length, 2, 0,
                "EUR", List.of(offer), List.of(), null);
        assertSameBytes(view);
    }

    @Test
    void nothingToSellWithAlternativesAndNoChildren() throws Exception {
        AvailabilityView view = new AvailabilityView(ARRIVAL, ARRIVAL.plusDays(1), 1, 1, 0, "CHF", List.of(),
                List.of(new UnavailableOfferView("SGL", "Single", "BAR", "Best", List.of()),
                        new UnavailableOfferView("DBL", "Double", "NRF", "Prepaid", List.of(
                                new ReasonView("max-occupancy", "At most 2 guests", null),
                                new ReasonView("max-stay", "At most 1 night", 1)))),
                List.of(alternative(ARRIVAL.minusDays(2), "0"), alternative(ARRIVAL.plusDays(1), "-5.5"),
                        alternative(ARRIVAL.plusDays(7), "1234567.891")));

        assertSameBytes(view);
    }

    @Test
    void instantsAsYassonFormatsThemWithAndWithoutSecondsAndFractions() throws Exception {
        List<OfferView> offers = new ArrayList<>();
        for (String until : new String[] {"2027-02-27T14:00:00Z", "2027-02-27T14:30:05Z", "2027-02-27T14:30:05.100Z",
                "2027-02-27T14:30:05.000001Z", "2027-02-27T14:30:05.000000001Z", "1970-01-01T00:00:00Z",
                "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59.999Z"}) {
            offers.add(offer("STD", "Standard", "BAR", until, List.of(), policy(24, Instant.parse(until))));
        }
        assertSameBytes(new AvailabilityView(LocalDate.of(10000, 1, 1), LocalDate.of(-1, 12, 31), 1, 1, 0, "EUR",
                offers, List.of(), List.of()));
    }

    @Test
    void nullsAreLeftOutAndNullElementsWritten() throws Exception {
        OfferView bare = new OfferView(null, null, null, null, false, 0, 0, null, null, null, null, null, null, null);
        PolicyView noTerms = new PolicyView(null, null, null, null, null, null, null, null, null, null, null, false,
                null);
        OfferView nullNight = new OfferView("SGL", "Single", "BAR", "Best", true, 1, 1,
                Arrays.asList(new NightPriceView(null, null, null, null, null, null), null), null, null, null, null,
                null, noTerms);
        assertSameBytes(new AvailabilityView(null, null, 0, 0, 0, null, Arrays.asList(bare, null, nullNight),
                Arrays.asList(new UnavailableOfferView(null, null, null, null, Arrays.asList(
                        new ReasonView(null, null, null), null))),
                Arrays.asList(new AlternativeView(null, null, null, null, null, null, 0, null, null), null)));
        assertSameBytes(new AvailabilityView(null, null, 0, 0, 0, null, null, null, null));
    }

    @Test
    void aWholeSearchAnswer() throws Exception {
        // the benchmark's size: 40 offers, each with a week of nights and its policies
        List<OfferView> offers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<NightPriceView> nights = new ArrayList<>();
            for (int n = 0; n < 7; n++) {
                BigDecimal price = new BigDecimal(89 + i * 7 + n).movePointLeft(n % 3);
                nights.add(new NightPriceView(ARRIVAL.plusDays(n), price, price, BigDecimal.ZERO, new BigDecimal("2.50"),
                        price.add(new BigDecimal("2.50"))));
            }
            offers.add(offer("RT" + i, "Room type " + i, "RP" + i % 4, "Rate plan " + i % 4, nights,
                    policy(i % 3 == 0 ? null : 24 * (i % 3), i % 3 == 0 ? null : Instant.parse("2027-02-27T12:00:00Z")
                            .plusMillis(i * 1001L))));
        }
        AvailabilityView view = new AvailabilityView(ARRIVAL, ARRIVAL.plusDays(7), 7, 2, 2, "EUR", offers, List.of(),
                List.of());

        assertThat(assertSameBytes(view).length).isGreaterThan(30_000);
    }

    @Test
    void unpairedSurrogatesAsTheUtf8EncoderReplacesThem() throws Exception {
        // malformed UTF-16: each half without its other one is a '?' in Yasson's answer
        List<UnavailableOfferView> unavailable = new ArrayList<>();
        for (String name : new String[] {"\uD83D", "\uDECF", "Suite \uD83D", "\uDECF Suite", "a\uD83Db\uDECFc",
                "\uDECF\uD83D", "\uD83D\uD83D\uDECF", "\uD83D\uDECF\uDECF", "\uD83D\u0001\uDECF\"\u00e9"}) {
            unavailable.add(new UnavailableOfferView("SGL", name, "BAR", name + "\uD83D\uDECF", List.of(
                    new ReasonView("sold-out", "\uDBFF" + name + "\uDC00", 1))));
        }
        assertSameBytes(new AvailabilityView(ARRIVAL, ARRIVAL.plusDays(1), 1, 1, 0, "EUR", List.of(), unavailable,
                List.of()));
    }

    @Test
    void longStringsWithEscapesAndEmojiAcrossTheGeneratorsSegments() throws Exception {
        // Jackson writes a long string in segments of some 1000 chars; a period of 7 puts every char of
        // the period, each half of the emoji too, at a segment's end
        String period = "ab\uD83D\uDECF\u00e9\u0001\"";
        String name = period.repeat(3000);
        assertSameBytes(new AvailabilityView(ARRIVAL, ARRIVAL.plusDays(1), 1, 1, 0, "EUR", List.of(),
                List.of(new UnavailableOfferView("SGL", name, "BAR", "x" + name, List.of(
                        new ReasonView("sold-out", "\u4e2d" + name.substring(4), 1)))),
                List.of()));
    }

    @Test
    void writesOnlyTheAvailabilityViewAsJson() {
        Annotation[] none = new Annotation[0];
        MediaType utf8 = new MediaType("application", "json", Map.of("charset", "UTF-8"));
        assertThat(writer.isWriteable(AvailabilityView.class, AvailabilityView.class, none,
                MediaType.APPLICATION_JSON_TYPE)).isTrue();
        assertThat(writer.isWriteable(AvailabilityView.class, AvailabilityView.class, none, utf8)).isTrue();
        assertThat(writer.isWriteable(AvailabilityGridView.class, AvailabilityGridView.class, none,
                MediaType.APPLICATION_JSON_TYPE)).isFalse();
        assertThat(writer.isWriteable(Object.class, Object.class, none, MediaType.APPLICATION_JSON_TYPE)).isFalse();
        assertThat(writer.isWriteable(AvailabilityView.class, AvailabilityView.class, none,
                MediaType.APPLICATION_XML_TYPE)).isFalse();
        assertThat(writer.isWriteable(AvailabilityView.class, AvailabilityView.class, none,
                MediaType.TEXT_PLAIN_TYPE)).isFalse();
    }

    /** What RESTEasy's JSON-B provider sends: {@code toJson} as a String, in UTF-8. The stream is left open. */
    private byte[] assertSameBytes(AvailabilityView view) throws Exception {
        boolean[] closed = {false};
        ByteArrayOutputStream written = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        writer.writeTo(view, AvailabilityView.class, AvailabilityView.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, null, written);
        byte[] expected = jsonb.toJson(view).getBytes(StandardCharsets.UTF_8);
        assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(written.toByteArray()).isEqualTo(expected);
        assertThat(closed[0]).isFalse();
        return expected;
    }

    private static OfferView offer(String roomType, String roomTypeName, String ratePlan, String ratePlanName,
                                   List<NightPriceView> nights, PolicyView policies) {
        BigDecimal roomTotal = nights.stream().map(NightPriceView::price).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new OfferView(roomType, roomTypeName, ratePlan, ratePlanName, nights.size() % 2 == 0, 2 + nights.size(),
                nights.size(), nights, roomTotal, new BigDecimal("12.345"), new BigDecimal("-0.50"),
                roomTotal.add(BigDecimal.TEN), "EUR", policies);
    }

    private static NightPriceView night(int day, String price, String net, String vat, String cityTax, String total) {
        return new NightPriceView(ARRIVAL.plusDays(day), new BigDecimal(price), new BigDecimal(net), new BigDecimal(vat),
                new BigDecimal(cityTax), new BigDecimal(total));
    }

    private static PolicyView policy(Integer freeCancellationHours, Instant freeCancellationUntil) {
        return new PolicyView("NONE", BigDecimal.ZERO, new BigDecimal("0.00"), freeCancellationHours,
                freeCancellationUntil, "PERCENT", new BigDecimal("50.0"), new BigDecimal("44.50"), "FIRST_NIGHT", null,
                new BigDecimal("89"), freeCancellationUntil != null, "Pay at the hotel");
    }

    private static AlternativeView alternative(LocalDate arrival, String total) {
        return new AlternativeView(arrival, arrival.plusDays(1), "SGL", "Single \"economy\"", "BAR", "Best", 3,
                new BigDecimal(total), "CHF");
    }
}
