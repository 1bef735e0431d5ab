package org.innkeeper.rest;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;

import org.innkeeper.rest.problem.RefusedJson;

/**
 * What a channel sends is what is booked, or it is refused: a request body is read once as a stream
 * of JSON events beside the type it is to become, before JSON-B binds it (JSON-B alone would take
 * {@code 1.9} adults as 1, {@code 4294967298} as 2, {@code "yes"} as false, a typo as the default and
 * the last of two equal keys). Refused, with the JSON path to blame ({@code rooms[1].adults}):
 * anything after the document, a key twice, a field the type does not have, a value of the wrong
 * JSON type (400), and a number that is not a whole number in range for a whole-number field or
 * beyond {@link #MAX_DECIMAL_DIGITS} digits for a decimal one (422). Types it does not know
 * ({@code Object}, {@code JsonValue}, classes that are not records) take any value.
 */
final class StrictJson {

    /** Digits a decimal (an amount) may have before the point, and after it. */
    static final int MAX_DECIMAL_DIGITS = 15;

    /** Longest field name echoed back in a problem. */
    private static final int ECHOED_NAME = 64;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    /** The JSON fields of a record (JSON-B's property names) and the type each one takes. */
    private static final ClassValue<Map<String, Type>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Type> computeValue(Class<?> record) {
            Map<String, Type> fields = new LinkedHashMap<>();
            for (RecordComponent component : record.getRecordComponents()) {
                Field field = fieldOf(record, component.getName());
                if (has(component.getAccessor(), field, JsonbTransient.class)) {
                    continue;
                }
                JsonbProperty renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
                if (renamed == null && field != null) {
                    renamed = field.getAnnotation(JsonbProperty.class);
                }
                String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
                fields.put(name, component.getGenericType());
            }
            return Map.copyOf(fields);
        }
    };

    private StrictJson() {
    }

    /** Refuses the body unless it is exactly one JSON document that fits {@code type}; empty is left to JSON-B. */
    static void check(byte[] body, Type type) {
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body))) {
            if (!parser.hasNext()) {
                return;
            }
            value(parser, parser.next(), type, "");
            try {
                if (parser.hasNext()) {
                    throw RefusedJson.malformed(null, "there is more after the end of the JSON document");
                }
            } catch (JsonParsingException e) {
                throw RefusedJson.malformed(null, "there is more after the end of the JSON document");
            }
        } catch (JsonParsingException e) {
            throw RefusedJson.malformed(null, "not valid JSON: " + e.getMessage());
        } catch (JsonException e) {
            // not readable as JSON at all (an encoding it cannot detect): JSON-B says why
        }
    }

    private static void value(JsonParser parser, JsonParser.Event event, Type type, String path) {
        Class<?> raw = rawClass(type);
        switch (event) {
            case VALUE_NULL -> {
                if (raw.isPrimitive()) {
                    throw RefusedJson.malformed(field(path), "must not be null");
                }
            }
            case VALUE_STRING -> {
                if (!takesAnything(raw) && !takesString(raw)) {
                    throw wrongType(path, raw);
                }
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                if (!takesAnything(raw) && raw != Boolean.class && raw != boolean.class) {
                    throw wrongType(path, raw);
                }
            }
            case VALUE_NUMBER -> number(bigDecimal(parser, path), raw, path);
            case START_OBJECT -> {
                if (raw.isRecord()) {
                    object(parser, FIELDS.get(raw), null, path);
                } else if (Map.class.isAssignableFrom(raw)) {
                    object(parser, null, typeArgument(type, 1), path);
                } else if (takesAnything(raw)) {
                    object(parser, null, Object.class, path);
                } else {
                    throw wrongType(path, raw);
                }
            }
            case START_ARRAY -> {
                if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
                    array(parser, raw.isArray() ? elementOf(type, raw) : typeArgument(type, 0), path);
                } else if (takesAnything(raw)) {
                    array(parser, Object.class, path);
                } else {
                    throw wrongType(path, raw);
                }
            }
            default -> throw RefusedJson.malformed(field(path), "unexpected " + event);
        }
    }

    /** An object's members; {@code fields} the record's (anything else is unknown), or every value {@code values}. */
    private static void object(JsonParser parser, Map<String, Type> fields, Type values, String path) {
        Set<String> seen = new HashSet<>();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            String at = path.isEmpty() ? echoed(key) : path + "." + echoed(key);
            if (!seen.add(key)) {
                throw RefusedJson.malformed(at, "is given twice");
            }
            Type type = fields == null ? values : fields.get(key);
            if (type == null) {
                throw RefusedJson.malformed(at, "is not a field of this request");
            }
            value(parser, parser.next(), type, at);
        }
    }

    private static void array(JsonParser parser, Type elements, String path) {
        int index = 0;
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
            value(parser, event, elements, path + "[" + index++ + "]");
        }
    }

    private static BigDecimal bigDecimal(JsonParser parser, String path) {
        try {
            return parser.getBigDecimal();
        } catch (NumberFormatException e) {
            // an exponent beyond what any number can hold (1e9999999999)
            throw RefusedJson.invalidValue(field(path), "is out of range");
        }
    }

    private static void number(BigDecimal number, Class<?> raw, String path) {
        if (raw == Integer.class || raw == int.class) {
            whole(number, Integer.MIN_VALUE, Integer.MAX_VALUE, path);
        } else if (raw == Long.class || raw == long.class) {
            whole(number, Long.MIN_VALUE, Long.MAX_VALUE, path);
        } else if (raw == Short.class || raw == short.class) {
            whole(number, Short.MIN_VALUE, Short.MAX_VALUE, path);
        } else if (raw == Byte.class || raw == byte.class) {
            whole(number, Byte.MIN_VALUE, Byte.MAX_VALUE, path);
        } else if (raw == BigInteger.class) {
            whole(number, Long.MIN_VALUE, Long.MAX_VALUE, path);
        } else if (raw == BigDecimal.class) {
            if (number.precision() - number.scale() > MAX_DECIMAL_DIGITS) {
                throw RefusedJson.invalidValue(field(path), "is too large (at most " + MAX_DECIMAL_DIGITS
                        + " digits before the decimal point)");
            }
            if (number.scale() > MAX_DECIMAL_DIGITS && number.stripTrailingZeros().scale() > MAX_DECIMAL_DIGITS) {
                throw RefusedJson.invalidValue(field(path), "has too many decimal places (at most "
                        + MAX_DECIMAL_DIGITS + ")");
            }
        } else if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class) {
            double max = raw == Float.class || raw == float.class ? Float.MAX_VALUE : Double.MAX_VALUE;
            if (number.abs().compareTo(BigDecimal.valueOf(max)) > 0) {
                throw RefusedJson.invalidValue(field(path), number.signum() > 0 ? "is too large" : "is too small");
            }
        } else if (!takesAnything(raw) && raw != Number.class) {
            throw wrongType(path, raw);
        }
    }

    /** A whole number in range: 2 and 2.0 are two, 1.9 is refused, 1e308 and 2^31 are too large for an int. */
    private static void whole(BigDecimal number, long min, long max, String path) {
        if (number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw RefusedJson.invalidValue(field(path), "is too large (at most " + max + ")");
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0) {
            throw RefusedJson.invalidValue(field(path), "is too small (at least " + min + ")");
        }
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            throw RefusedJson.invalidValue(field(path), "must be a whole number");
        }
    }

    private static RefusedJson wrongType(String path, Class<?> raw) {
        return RefusedJson.malformed(field(path), "must be " + expected(raw));
    }

    private static String expected(Class<?> raw) {
        if (raw == Boolean.class || raw == boolean.class) {
            return "true or false";
        }
        if (raw == BigDecimal.class || raw == Double.class || raw == double.class || raw == Float.class
                || raw == float.class || raw == Number.class) {
            return "a number";
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive() && raw != char.class) {
            return "a whole number";
        }
        if (raw.isRecord() || Map.class.isAssignableFrom(raw)) {
            return "an object";
        }
        if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            return "an array";
        }
        return "a string";
    }

    /** Types JSON-B reads from a JSON string: text, enums, dates and times, identifiers. */
    private static boolean takesString(Class<?> raw) {
        return CharSequence.class.isAssignableFrom(raw) || raw == Character.class || raw == char.class
                || raw.isEnum() || Temporal.class.isAssignableFrom(raw) || TemporalAmount.class.isAssignableFrom(raw)
                || ZoneId.class.isAssignableFrom(raw) || raw == UUID.class || raw == URI.class || raw == URL.class
                || raw == Currency.class || raw == Locale.class || java.util.Date.class.isAssignableFrom(raw)
                || java.util.Calendar.class.isAssignableFrom(raw);
    }

    /** Types this check does not know the shape of: left to JSON-B (still one document, no key twice). */
    private static boolean takesAnything(Class<?> raw) {
        return !raw.isPrimitive() && !raw.isRecord() && !raw.isArray() && !raw.isEnum()
                && !Number.class.isAssignableFrom(raw) && raw != Boolean.class && raw != Character.class
                && !takesString(raw) && !Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw);
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return rawClass(p.getRawType());
        }
        if (type instanceof GenericArrayType a) {
            return rawClass(a.getGenericComponentType()).arrayType();
        }
        if (type instanceof WildcardType w) {
            return rawClass(w.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?> v && v.getBounds().length > 0) {
            return rawClass(v.getBounds()[0]);
        }
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static Type elementOf(Type type, Class<?> raw) {
        return type instanceof GenericArrayType a ? a.getGenericComponentType() : raw.getComponentType();
    }

    private static Field fieldOf(Class<?> record, String name) {
        try {
            return record.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static boolean has(java.lang.reflect.AnnotatedElement accessor, Field field,
                               Class<? extends java.lang.annotation.Annotation> annotation) {
        return accessor.isAnnotationPresent(annotation) || field != null && field.isAnnotationPresent(annotation);
    }

    private static String field(String path) {
        return path.isEmpty() ? null : path;
    }

    /** A client's key as it may stand in an answer: short, without control characters. */
    private static String echoed(String key) {
        String printable = key.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return printable.length() <= ECHOED_NAME ? printable : printable.substring(0, ECHOED_NAME) + "…";
    }
}
