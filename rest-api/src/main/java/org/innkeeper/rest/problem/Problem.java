package org.innkeeper.rest.problem;

import java.util.List;
import java.util.Locale;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;

/**
 * An error as {@code application/problem+json} (RFC 9457). The type is
 * {@code https://innkeeper.org/problems/<kind>}, the same kinds as the domain's exceptions; the title
 * is fixed per kind, the detail says what went wrong this time.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "field", "errors", "reasons"})
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://innkeeper.org/problems/";

    /**
     * The most of a detail, a field or a message an answer carries: a parser's or a rule's words
     * may quote what the caller sent (a 100,000-character query value), which is never sent back whole.
     */
    static final int LONGEST_TEXT = 300;

    /** One input that failed validation. */
    public record FieldError(String field, String message) {
        public FieldError {
            field = cut(field);
            message = cut(message);
        }
    }

    private final String kind;
    private final int status;
    private String detail;
    private String field;
    private List<FieldError> errors;
    private List<Reason> reasons;

    /** Why a stay can't be sold: a stable code (min-stay, closed-to-arrival, stop-sell...) and its sentence. */
    public record Reason(String code, String message, Integer nights) {
    }

    private Problem(String kind, int status) {
        this.kind = kind;
        this.status = status;
    }

    public static Problem of(String kind, int status) {
        return new Problem(kind, status);
    }

    public Problem detail(String detail) {
        this.detail = cut(detail);
        return this;
    }

    public Problem field(String field) {
        this.field = cut(field);
        return this;
    }

    public Problem errors(List<FieldError> errors) {
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        return this;
    }

    public Problem reasons(List<Reason> why) {
        this.reasons = why == null || why.isEmpty() ? null : List.copyOf(why);
        return this;
    }

    /** {@code text} cut to {@link #LONGEST_TEXT} characters, marked with an ellipsis where it was cut. */
    static String cut(String text) {
        return text == null || text.length() <= LONGEST_TEXT ? text : text.substring(0, LONGEST_TEXT - 1) + "…";
    }

    public Response.ResponseBuilder toResponseBuilder() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }

    public Response toResponse() {
        return toResponseBuilder().build();
    }

    public String getType() {
        return TYPE_BASE + kind;
    }

    /** "no-availability" becomes "No availability". */
    public String getTitle() {
        String words = kind.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public String getField() {
        return field;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public List<Reason> getReasons() {
        return reasons;
    }
}
