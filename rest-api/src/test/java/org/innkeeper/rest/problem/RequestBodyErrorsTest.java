package org.innkeeper.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestBodyErrorsTest {

    @Test
    void theParsersWordsStayOurClassNamesGo() {
        assertThat(RequestBodyErrors.withoutInternals("Unexpected char 125 at (line no=1, column no=9, offset=8)"))
                .isEqualTo("Unexpected char 125 at (line no=1, column no=9, offset=8)");
        assertThat(RequestBodyErrors.withoutInternals(
                "Can't deserialize JSON array into: class org.innkeeper.application.dto.BookingRequest"))
                .doesNotContain("org.innkeeper").contains("the request");
        assertThat(RequestBodyErrors.withoutInternals("Unable to deserialize property 'adults' because of:"
                + " Internal error: null")).doesNotContain("Internal error").contains("adults");
        assertThat(RequestBodyErrors.withoutInternals("Cannot convert java.lang.String to org.innkeeper.Foo"))
                .doesNotContain("java.lang").doesNotContain("org.innkeeper");
    }

    @Test
    void theFieldToBlameIsTheParsersPropertyPath() {
        RuntimeException inner = new RuntimeException("Unable to deserialize property 'email' because of: bad");
        RuntimeException outer = new RuntimeException("Unable to deserialize property 'guest' because of: "
                + inner.getMessage(), inner);
        assertThat(RequestBodyErrors.fieldOf(outer)).isEqualTo("guest.email");
        assertThat(RequestBodyErrors.fieldOf(new RuntimeException("Unable to deserialize property 'adults'"
                + " because of: Internal error: null"))).isEqualTo("adults");
        assertThat(RequestBodyErrors.fieldOf(new RuntimeException("Unexpected char 125 at (line no=1)"))).isNull();
    }

    @Test
    void aStrictRefusalSaysItsOwnStatusAndFieldHoweverWrapped() {
        RefusedJson tooLarge = RefusedJson.invalidValue("rooms[1].adults", "is too large (at most 2147483647)");
        Throwable wrapped = new jakarta.ws.rs.ProcessingException("RESTEASY008200: JSON Binding deserialization error",
                new RuntimeException(tooLarge));
        assertThat(RequestBodyErrors.refusedIn(wrapped)).isSameAs(tooLarge);
        assertThat(RequestBodyErrors.refusedIn(new RuntimeException("Unexpected char"))).isNull();

        Problem problem = tooLarge.toProblem();
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getType()).isEqualTo(Problem.TYPE_BASE + "invalid-value");
        assertThat(problem.getField()).isEqualTo("rooms[1].adults");
        assertThat(problem.getDetail()).isEqualTo("rooms[1].adults: is too large (at most 2147483647)");
        assertThat(problem.getErrors()).containsExactly(
                new Problem.FieldError("rooms[1].adults", "is too large (at most 2147483647)"));

        Problem unknown = RefusedJson.malformed("adult", "is not a field of this request").toProblem();
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(unknown.getType()).isEqualTo(Problem.TYPE_BASE + "bad-request");
        assertThat(unknown.getField()).isEqualTo("adult");
        assertThat(unknown.getDetail()).contains("adult: is not a field of this request");
    }
}
