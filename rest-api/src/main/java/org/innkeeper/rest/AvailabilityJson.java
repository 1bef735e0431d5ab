package org.innkeeper.rest;

import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
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
 * Writes the availability search's answer with JSON-P, field by field, byte for byte as JSON-B
 * ({@link SharedJsonb}) writes it: properties in the lexicographic order of their names, nulls
 * left out, amounts as JSON-P writes a {@link BigDecimal} (its {@code toString()}), dates ISO.
 * Yasson spent about a fifth of a search's CPU on this answer (some 36 KB): a third of it in its
 * cycle check, which hashes every nested record (each hash recursing through the lists below it),
 * the rest in its reflective serializers. RESTEasy picks this writer over the JSON-B one (a
 * writer of Object) for {@link AvailabilityView}: it tries the writers of the most specific type
 * first, and ours before its built-in ones.
 * A field added to one of these records must be added here too (AvailabilityJsonTest compares).
 */
@Provider
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityJson implements MessageBodyWriter<AvailabilityView> {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == AvailabilityView.class && "application".equalsIgnoreCase(mediaType.getType())
                && "json".equalsIgnoreCase(mediaType.getSubtype());
    }

    @Override
    public void writeTo(AvailabilityView view, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream entityStream) {
        // UTF-8 whatever the media type says, as RESTEasy's JSON-B provider writes
        JsonGenerator json = GENERATORS.createGenerator(entityStream, StandardCharsets.UTF_8);
        availability(json, view);
        json.flush(); // not closed: closing the generator would close RESTEasy's stream
    }

    private static void availability(JsonGenerator json, AvailabilityView view) {
        json.writeStartObject();
        json.write("adults", view.adults());
        array(json, "alternatives", view.alternatives(), AvailabilityJson::alternative);
        date(json, "arrival", view.arrival());
        json.write("children", view.children());
        string(json, "currency", view.currency());
        date(json, "departure", view.departure());
        json.write("nights", view.nights());
        array(json, "offers", view.offers(), AvailabilityJson::offer);
        array(json, "unavailable", view.unavailable(), AvailabilityJson::unavailable);
        json.writeEnd();
    }

    private static void offer(JsonGenerator json, OfferView offer) {
        json.writeStartObject();
        json.write("breakfastIncluded", offer.breakfastIncluded());
        number(json, "cityTax", offer.cityTax());
        string(json, "currency", offer.currency());
        json.write("maxOccupancy", offer.maxOccupancy());
        array(json, "nights", offer.nights(), AvailabilityJson::night);
        if (offer.policies() != null) {
            json.writeKey("policies");
            policy(json, offer.policies());
        }
        string(json, "ratePlan", offer.ratePlan());
        string(json, "ratePlanName", offer.ratePlanName());
        number(json, "roomTotal", offer.roomTotal());
        string(json, "roomType", offer.roomType());
        string(json, "roomTypeName", offer.roomTypeName());
        json.write("roomsLeft", offer.roomsLeft());
        number(json, "total", offer.total());
        number(json, "vat", offer.vat());
        json.writeEnd();
    }

    private static void night(JsonGenerator json, NightPriceView night) {
        json.writeStartObject();
        number(json, "cityTax", night.cityTax());
        number(json, "net", night.net());
        date(json, "night", night.night());
        number(json, "price", night.price());
        number(json, "total", night.total());
        number(json, "vat", night.vat());
        json.writeEnd();
    }

    private static void policy(JsonGenerator json, PolicyView policy) {
        json.writeStartObject();
        string(json, "cancellationFee", policy.cancellationFee());
        number(json, "cancellationFeeAmount", policy.cancellationFeeAmount());
        number(json, "cancellationFeePercent", policy.cancellationFeePercent());
        number(json, "depositAmount", policy.depositAmount());
        number(json, "depositPercent", policy.depositPercent());
        number(json, "freeCancellationHours", policy.freeCancellationHours());
        instant(json, "freeCancellationUntil", policy.freeCancellationUntil());
        string(json, "guarantee", policy.guarantee());
        string(json, "noShowFee", policy.noShowFee());
        number(json, "noShowFeeAmount", policy.noShowFeeAmount());
        number(json, "noShowFeePercent", policy.noShowFeePercent());
        json.write("refundable", policy.refundable());
        string(json, "summary", policy.summary());
        json.writeEnd();
    }

    private static void unavailable(JsonGenerator json, UnavailableOfferView offer) {
        json.writeStartObject();
        string(json, "ratePlan", offer.ratePlan());
        string(json, "ratePlanName", offer.ratePlanName());
        array(json, "reasons", offer.reasons(), AvailabilityJson::reason);
        string(json, "roomType", offer.roomType());
        string(json, "roomTypeName", offer.roomTypeName());
        json.writeEnd();
    }

    private static void reason(JsonGenerator json, ReasonView reason) {
        json.writeStartObject();
        string(json, "code", reason.code());
        string(json, "message", reason.message());
        number(json, "nights", reason.nights());
        json.writeEnd();
    }

    private static void alternative(JsonGenerator json, AlternativeView alternative) {
        json.writeStartObject();
        date(json, "arrival", alternative.arrival());
        string(json, "currency", alternative.currency());
        date(json, "departure", alternative.departure());
        string(json, "ratePlan", alternative.ratePlan());
        string(json, "ratePlanName", alternative.ratePlanName());
        string(json, "roomType", alternative.roomType());
        string(json, "roomTypeName", alternative.roomTypeName());
        json.write("roomsLeft", alternative.roomsLeft());
        number(json, "total", alternative.total());
        json.writeEnd();
    }

    /** A list as JSON-B writes one: left out when null, a null element as {@code null}. */
    private static <T> void array(JsonGenerator json, String name, List<T> items, BiConsumer<JsonGenerator, T> item) {
        if (items == null) {
            return;
        }
        json.writeStartArray(name);
        for (T each : items) {
            if (each == null) {
                json.writeNull();
            } else {
                item.accept(json, each);
            }
        }
        json.writeEnd();
    }

    private static void string(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }

    /** As Yasson does: JSON-P's {@code write(BigDecimal)}, the number's {@code toString()} (15.00, 1E+3). */
    private static void number(JsonGenerator json, String name, BigDecimal value) {
        if (value != null) {
            json.write(name, value);
        }
    }

    private static void number(JsonGenerator json, String name, Integer value) {
        if (value != null) {
            json.write(name, value);
        }
    }

    /** Yasson's default is {@code ISO_LOCAL_DATE}; {@code toString()} writes the same (+10000-01-01 too), faster. */
    private static void date(JsonGenerator json, String name, LocalDate value) {
        if (value != null) {
            json.write(name, value.toString());
        }
    }

    /** Yasson's default, {@code ISO_INSTANT}: UTC, seconds always, the fraction in groups of three digits. */
    private static void instant(JsonGenerator json, String name, Instant value) {
        if (value != null) {
            json.write(name, DateTimeFormatter.ISO_INSTANT.format(value));
        }
    }
}
