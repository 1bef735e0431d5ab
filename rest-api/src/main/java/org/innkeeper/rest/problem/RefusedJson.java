package org.innkeeper.rest.problem;

import java.util.List;

import jakarta.json.bind.JsonbException;

/**
 * A request body refused before it is bound: 400 when it is not what the API reads (not one JSON
 * document, a key twice, a field unknown, a value of the wrong type), 422 when a number is not the
 * whole number in range that the field takes. {@code field} is the JSON path to blame
 * ({@code rooms[1].adults}), null when the body as a whole is.
 */
public final class RefusedJson extends JsonbException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;
    private final String reason;

    private RefusedJson(int status, String field, String reason) {
        super(field == null ? reason : field + ": " + reason);
        this.status = status;
        this.field = field;
        this.reason = reason;
    }

    /** The body is not what the API reads: 400. */
    public static RefusedJson malformed(String field, String reason) {
        return new RefusedJson(400, field, reason);
    }

    /** A number the field cannot take as it was sent: 422, like any other invalid value. */
    public static RefusedJson invalidValue(String field, String reason) {
        return new RefusedJson(422, field, reason);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    Problem toProblem() {
        Problem problem = status == 422 ? Problem.of(Violations.KIND, 422).detail(getMessage())
                : WebApplicationExceptionMapper.problemFor(400, "The request body could not be read: " + getMessage());
        return problem.field(field).errors(List.of(new Problem.FieldError(field, reason)));
    }
}
