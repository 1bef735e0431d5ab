package org.innkeeper.rest.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A number too far out of range for exact arithmetic (e.g. an amount of 1e2147483647) is bad
 * input, not a server failure.
 */
@Provider
@ApplicationScoped
public class ArithmeticExceptionMapper implements ExceptionMapper<ArithmeticException> {

    @Override
    public Response toResponse(ArithmeticException e) {
        return Problem.of("invalid-value", 422)
                .detail("a number in the request is out of range")
                .toResponse();
    }
}
