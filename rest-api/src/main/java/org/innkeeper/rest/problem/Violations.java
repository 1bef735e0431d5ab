package org.innkeeper.rest.problem;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;

/** Bean Validation failures of a request as a 422 problem naming each field the client sent. */
final class Violations {

    static final String KIND = "invalid-value";

    private Violations() {
    }

    static Response toResponse(Set<? extends ConstraintViolation<?>> violations) {
        List<Problem.FieldError> errors = violations.stream()
                .map(v -> new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing((Problem.FieldError e) -> e.field() == null ? "" : e.field())
                        .thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.stream()
                .map(e -> e.field() == null ? "request body: " + e.message() : e.field() + ": " + e.message())
                .collect(Collectors.joining("; "));
        return Problem.of(KIND, 422)
                .detail(detail.isEmpty() ? "The request is not valid" : detail)
                .field(errors.isEmpty() ? null : errors.get(0).field())
                .errors(errors)
                .toResponse();
    }

    /**
     * The path as the client knows it: {@code book.request.guest.lastName} becomes {@code guest.lastName}
     * (the method and parameter nodes are ours, not the client's). Null when the whole body is at fault.
     */
    static String fieldOf(Path path) {
        StringJoiner field = new StringJoiner(".");
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.PARAMETER
                    || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE
                    || node.getName() == null) {
                continue;
            }
            field.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
        }
        return field.length() == 0 ? null : field.toString();
    }
}
