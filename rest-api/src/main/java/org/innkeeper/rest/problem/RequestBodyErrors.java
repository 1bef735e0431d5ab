package org.innkeeper.rest.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.util.Arrays;

import jakarta.ws.rs.core.Response;

/**
 * A body that could not be read (malformed JSON, a date that is no date) is the client's fault: 400;
 * one the strict reading refused says why itself ({@link RefusedJson}: 400 or 422). The same
 * exception types raised while writing our answer are ours: 500.
 */
final class RequestBodyErrors {

    private RequestBodyErrors() {
    }

    static Response toResponse(Throwable e) {
        RefusedJson refused = refusedIn(e);
        if (refused != null) {
            return refused.toProblem().toResponse();
        }
        if (!whileReading(e)) {
            return ServerErrorMapper.internalError(e);
        }
        return WebApplicationExceptionMapper.problemFor(400, "The request body could not be read: " + rootMessage(e))
                .field(fieldOf(e))
                .toResponse();
    }

    /** The strict reading's refusal, wrapped or not (RESTEasy wraps what its reader threw). */
    static RefusedJson refusedIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RefusedJson refused) {
                return refused;
            }
        }
        return null;
    }

    /**
     * The property the parser choked on, as a path ("guest.email"), from JSON-B's words
     * ("Unable to deserialize property 'guest' because of: ..."); null when it names none.
     */
    static String fieldOf(Throwable e) {
        List<String> path = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() == null) {
                continue;
            }
            Matcher property = PROPERTY.matcher(t.getMessage());
            while (property.find()) {
                if (path.isEmpty() || !path.get(path.size() - 1).equals(property.group(1))) {
                    path.add(property.group(1));
                }
            }
        }
        return path.isEmpty() ? null : String.join(".", path);
    }

    private static final Pattern PROPERTY = Pattern.compile("deserialize property '([^']{1,100})'");

    /** Thrown from a MessageBodyReader (readFrom), somewhere in the cause chain. */
    static boolean whileReading(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (Arrays.stream(t.getStackTrace()).anyMatch(frame -> frame.getMethodName().equals("readFrom"))) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message: the parser's words, not the wrappers' ("Unexpected char 125 at ..."). */
    static String rootMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message == null ? "malformed" : withoutInternals(message);
    }

    /** The parser's words without our class names or its own internals. */
    static String withoutInternals(String message) {
        String cleaned = message.replaceAll("class (org|java|jakarta)\\.[\\w.$]+", "the request")
                .replaceAll("(org|java|jakarta|com)\\.[a-z][\\w.$]*\\.[A-Z][\\w$]*", "a value")
                .replace("Internal error: null", "malformed or missing value");
        return cleaned.isBlank() ? "malformed" : cleaned;
    }
}
