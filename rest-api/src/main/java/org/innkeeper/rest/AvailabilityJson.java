package org.innkeeper.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import org.innkeeper.application.dto.AlternativeView;
import org.innkeeper.application.dto.AvailabilityView;
import org.innkeeper.application.dto.NightPriceView;
import org.innkeeper.application.dto.OfferView;
import org.innkeeper.application.dto.PolicyView;
import org.innkeeper.application.dto.ReasonView;
import org.innkeeper.application.dto.UnavailableOfferView;

/**
 * Writes the availability search's answer with Jackson's streaming generator (jackson-core only,
 * the server's module, no databind), field by field, byte for byte as JSON-B ({@link SharedJsonb})
 * writes it: properties in the lexicographic order of their names, nulls left out, amounts as a
 * {@link BigDecimal}'s {@code toString()}, dates ISO, strings escaped as Parsson escapes them.
 * Yasson spent about a fifth of a search's CPU on this answer (some 36 KB): a third of it in its
 * cycle check, which hashes every nested record (each hash recursing through the lists below it),
 * the rest in its reflective serializers. Written by hand with JSON-P, Parsson's generator still
 * took about a quarter (char by char through a Writer, then encoded); Jackson's UTF-8 generator
 * writes bytes straight into its buffer, and the property names are encoded once.
 * RESTEasy picks this writer over the JSON-B one (a writer of Object) for {@link AvailabilityView}:
 * it tries the writers of the most specific type first, and ours before its built-in ones.
 * A field added to one of these records must be added here too (AvailabilityJsonTest compares).
 */
@Provider
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityJson implements MessageBodyWriter<AvailabilityView> {

    /**
     * Thread-safe, shared by all writes. Set as Parsson (Yasson's JSON-P) writes where Jackson 2's
     * defaults differ: a control character other than {@code \b \f \n \r \t} as a six-character
     * escape in lowercase hex, <code>&#92;u001f</code> (Jackson's default is uppercase), and a
     * character outside the BMP (an emoji) as its four UTF-8 bytes (Jackson's default escapes each
     * half of the surrogate pair, <code>&#92;ud83d&#92;udecf</code>). The rest is stated although it
     * is Jackson 2's default, as the bytes depend on it: {@code /} and non-ASCII not escaped, amounts
     * not written plain ({@code 1E+3}, their {@code toString()}), and RESTEasy's stream flushed but
     * left open when the generator is closed.
     */
    private static final JsonFactory GENERATORS = JsonFactory.builder()
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    /*
     * The property names, quoted and encoded once: Jackson copies their bytes. Written from a String,
     * each name goes char by char through the generator's escaping loop, which made Jackson slower
     * than Parsson for this answer (two thirds of its bytes are names); with these it is faster.
     */
    private static final SerializableString ADULTS = name("adults");
    private static final SerializableString ALTERNATIVES = name("alternatives");
    private static final SerializableString ARRIVAL = name("arrival");
    private static final SerializableString BREAKFAST_INCLUDED = name("breakfastIncluded");
    private static final SerializableString CANCELLATION_FEE = name("cancellationFee");
    private static final SerializableString CANCELLATION_FEE_AMOUNT = name("cancellationFeeAmount");
    private static final SerializableString CANCELLATION_FEE_PERCENT = name("cancellationFeePercent");
    private static final SerializableString CHILDREN = name("children");
    private static final SerializableString CITY_TAX = name("cityTax");
    private static final SerializableString CODE = name("code");
    private static final SerializableString CURRENCY = name("currency");
    private static final SerializableString DEPARTURE = name("departure");
    private static final SerializableString DEPOSIT_AMOUNT = name("depositAmount");
    private static final SerializableString DEPOSIT_PERCENT = name("depositPercent");
    private static final SerializableString FREE_CANCELLATION_HOURS = name("freeCancellationHours");
    private static final SerializableString FREE_CANCELLATION_UNTIL = name("freeCancellationUntil");
    private static final SerializableString GUARANTEE = name("guarantee");
    private static final SerializableString MAX_OCCUPANCY = name("maxOccupancy");
    private static final SerializableString MESSAGE = name("message");
    private static final SerializableString NET = name("net");
    private static final SerializableString NIGHT = name("night");
    private static final SerializableString NIGHTS = name("nights");
    private static final SerializableString NO_SHOW_FEE = name("noShowFee");
    private static final SerializableString NO_SHOW_FEE_AMOUNT = name("noShowFeeAmount");
    private static final SerializableString NO_SHOW_FEE_PERCENT = name("noShowFeePercent");
    private static final SerializableString OFFERS = name("offers");
    private static final SerializableString POLICIES = name("policies");
    private static final SerializableString PRICE = name("price");
    private static final SerializableString RATE_PLAN = name("ratePlan");
    private static final SerializableString RATE_PLAN_NAME = name("ratePlanName");
    private static final SerializableString REASONS = name("reasons");
    private static final SerializableString REFUNDABLE = name("refundable");
    private static final SerializableString ROOMS_LEFT = name("roomsLeft");
    private static final SerializableString ROOM_TOTAL = name("roomTotal");
    private static final SerializableString ROOM_TYPE = name("roomType");
    private static final SerializableString ROOM_TYPE_NAME = name("roomTypeName");
    private static final SerializableString SUMMARY = name("summary");
    private static final SerializableString TOTAL = name("total");
    private static final SerializableString UNAVAILABLE = name("unavailable");
    private static final SerializableString VAT = name("vat");

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == AvailabilityView.class && "application".equalsIgnoreCase(mediaType.getType())
                && "json".equalsIgnoreCase(mediaType.getSubtype());
    }

    @Override
    public void writeTo(AvailabilityView view, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream entityStream)
            throws IOException {
        // UTF-8 whatever the media type says, as RESTEasy's JSON-B provider writes
        JsonGenerator json = GENERATORS.createGenerator(entityStream, JsonEncoding.UTF8);
        availability(json, view);
        // Writes out what is buffered, flushes RESTEasy's stream and gives the generator's buffers back;
        // the stream stays open (AUTO_CLOSE_TARGET is off). Not closed on a failure: closing would end
        // the open objects and arrays, and send a cut answer that looks whole.
        json.close();
    }

    private static void availability(JsonGenerator json, AvailabilityView view) throws IOException {
        json.writeStartObject();
        number(json, ADULTS, view.adults());
        array(json, ALTERNATIVES, view.alternatives(), AvailabilityJson::alternative);
        date(json, ARRIVAL, view.arrival());
        number(json, CHILDREN, view.children());
        string(json, CURRENCY, view.currency());
        date(json, DEPARTURE, view.departure());
        number(json, NIGHTS, view.nights());
        array(json, OFFERS, view.offers(), AvailabilityJson::offer);
        array(json, UNAVAILABLE, view.unavailable(), AvailabilityJson::unavailable);
        json.writeEndObject();
    }

    private static void offer(JsonGenerator json, OfferView offer) throws IOException {
        json.writeStartObject();
        bool(json, BREAKFAST_INCLUDED, offer.breakfastIncluded());
        number(json, CITY_TAX, offer.cityTax());
        string(json, CURRENCY, offer.currency());
        number(json, MAX_OCCUPANCY, offer.maxOccupancy());
        array(json, NIGHTS, offer.nights(), AvailabilityJson::night);
        if (offer.policies() != null) {
            json.writeFieldName(POLICIES);
            policy(json, offer.policies());
        }
        string(json, RATE_PLAN, offer.ratePlan());
        string(json, RATE_PLAN_NAME, offer.ratePlanName());
        number(json, ROOM_TOTAL, offer.roomTotal());
        string(json, ROOM_TYPE, offer.roomType());
        string(json, ROOM_TYPE_NAME, offer.roomTypeName());
        number(json, ROOMS_LEFT, offer.roomsLeft());
        number(json, TOTAL, offer.total());
        number(json, VAT, offer.vat());
        json.writeEndObject();
    }

    private static void night(JsonGenerator json, NightPriceView night) throws IOException {
        json.writeStartObject();
        number(json, CITY_TAX, night.cityTax());
        number(json, NET, night.net());
        date(json, NIGHT, night.night());
        number(json, PRICE, night.price());
        number(json, TOTAL, night.total());
        number(json, VAT, night.vat());
        json.writeEndObject();
    }

    private static void policy(JsonGenerator json, PolicyView policy) throws IOException {
        json.writeStartObject();
        string(json, CANCELLATION_FEE, policy.cancellationFee());
        number(json, CANCELLATION_FEE_AMOUNT, policy.cancellationFeeAmount());
        number(json, CANCELLATION_FEE_PERCENT, policy.cancellationFeePercent());
        number(json, DEPOSIT_AMOUNT, policy.depositAmount());
        number(json, DEPOSIT_PERCENT, policy.depositPercent());
        number(json, FREE_CANCELLATION_HOURS, policy.freeCancellationHours());
        instant(json, FREE_CANCELLATION_UNTIL, policy.freeCancellationUntil());
        string(json, GUARANTEE, policy.guarantee());
        string(json, NO_SHOW_FEE, policy.noShowFee());
        number(json, NO_SHOW_FEE_AMOUNT, policy.noShowFeeAmount());
        number(json, NO_SHOW_FEE_PERCENT, policy.noShowFeePercent());
        bool(json, REFUNDABLE, policy.refundable());
        string(json, SUMMARY, policy.summary());
        json.writeEndObject();
    }

    private static void unavailable(JsonGenerator json, UnavailableOfferView offer) throws IOException {
        json.writeStartObject();
        string(json, RATE_PLAN, offer.ratePlan());
        string(json, RATE_PLAN_NAME, offer.ratePlanName());
        array(json, REASONS, offer.reasons(), AvailabilityJson::reason);
        string(json, ROOM_TYPE, offer.roomType());
        string(json, ROOM_TYPE_NAME, offer.roomTypeName());
        json.writeEndObject();
    }

    private static void reason(JsonGenerator json, ReasonView reason) throws IOException {
        json.writeStartObject();
        string(json, CODE, reason.code());
        string(json, MESSAGE, reason.message());
        number(json, NIGHTS, reason.nights());
        json.writeEndObject();
    }

    private static void alternative(JsonGenerator json, AlternativeView alternative) throws IOException {
        json.writeStartObject();
        date(json, ARRIVAL, alternative.arrival());
        string(json, CURRENCY, alternative.currency());
        date(json, DEPARTURE, alternative.departure());
        string(json, RATE_PLAN, alternative.ratePlan());
        string(json, RATE_PLAN_NAME, alternative.ratePlanName());
        string(json, ROOM_TYPE, alternative.roomType());
        string(json, ROOM_TYPE_NAME, alternative.roomTypeName());
        number(json, ROOMS_LEFT, alternative.roomsLeft());
        number(json, TOTAL, alternative.total());
        json.writeEndObject();
    }

    /** Writes one element of a list: one of the methods above. */
    @FunctionalInterface
    private interface Item<T> {
        void write(JsonGenerator json, T item) throws IOException;
    }

    /** A list as JSON-B writes one: left out when null, a null element as {@code null}. */
    private static <T> void array(JsonGenerator json, SerializableString name, List<T> items, Item<T> item)
            throws IOException {
        if (items == null) {
            return;
        }
        json.writeFieldName(name);
        json.writeStartArray();
        for (T each : items) {
            if (each == null) {
                json.writeNull();
            } else {
                item.write(json, each);
            }
        }
        json.writeEndArray();
    }

    private static void string(JsonGenerator json, SerializableString name, String value) throws IOException {
        if (value != null) {
            json.writeFieldName(name);
            json.writeString(wellFormed(value));
        }
    }

    /**
     * The string as UTF-8 can carry it: a surrogate without its other half (malformed UTF-16) as
     * {@code ?}, as the UTF-8 encoder behind Yasson's answer replaced it, where Jackson would write an
     * escape (<code>&#92;ud800</code>). A pair (an emoji) is left whole. Nearly always the string itself.
     */
    private static String wellFormed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                }
            }
        }
        return value;
    }

    private static SerializableString name(String name) {
        return new SerializedString(name);
    }

    private static void bool(JsonGenerator json, SerializableString name, boolean value) throws IOException {
        json.writeFieldName(name);
        json.writeBoolean(value);
    }

    private static void number(JsonGenerator json, SerializableString name, int value) throws IOException {
        json.writeFieldName(name);
        json.writeNumber(value);
    }

    /** As Yasson writes one through JSON-P: the number's {@code toString()} (15.00, 1E+3), not plain. */
    private static void number(JsonGenerator json, SerializableString name, BigDecimal value) throws IOException {
        if (value != null) {
            json.writeFieldName(name);
            if (value.scale() == 2 && value.precision() <= 18) {
                cents(json, value.unscaledValue().longValue());
            } else {
                json.writeNumber(value);
            }
        }
    }

    /**
     * An amount in cents (scale 2, as nearly every amount of the answer is), written as its {@code toString()}
     * writes it (12.50, 0.05, -3.00): with scale 2 that is always plain notation. BigDecimal's own toString
     * was about 7 % of a search; this writes the same characters from the unscaled number.
     */
    private static void cents(JsonGenerator json, long unscaled) throws IOException {
        char[] text = new char[22];
        int at = text.length;
        long rest = Math.abs(unscaled);
        text[--at] = (char) ('0' + rest % 10);
        rest /= 10;
        text[--at] = (char) ('0' + rest % 10);
        rest /= 10;
        text[--at] = '.';
        do {
            text[--at] = (char) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
        if (unscaled < 0) {
            text[--at] = '-';
        }
        json.writeNumber(text, at, text.length - at);
    }

    private static void number(JsonGenerator json, SerializableString name, Integer value) throws IOException {
        if (value != null) {
            json.writeFieldName(name);
            json.writeNumber(value.intValue());
        }
    }

    /** Yasson's default is {@code ISO_LOCAL_DATE}; {@code toString()} writes the same (+10000-01-01 too), faster. */
    private static void date(JsonGenerator json, SerializableString name, LocalDate value) throws IOException {
        if (value != null) {
            json.writeFieldName(name);
            json.writeString(value.toString());
        }
    }

    /** Yasson's default, {@code ISO_INSTANT}: UTC, seconds always, the fraction in groups of three digits. */
    private static void instant(JsonGenerator json, SerializableString name, Instant value) throws IOException {
        if (value != null) {
            json.writeFieldName(name);
            json.writeString(DateTimeFormatter.ISO_INSTANT.format(value));
        }
    }
}
