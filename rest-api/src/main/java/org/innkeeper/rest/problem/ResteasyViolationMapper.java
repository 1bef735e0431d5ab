package org.innkeeper.rest.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.api.validation.ResteasyViolationException;

/**
 * Validation of the request ({@code @Valid} on a resource parameter) failed: 422 with the fields.
 * Replaces RESTEasy's own mapper for this exception, which would answer in its own format.
 */
@Provider
@ApplicationScoped
public class ResteasyViolationMapper implements ExceptionMapper<ResteasyViolationException> {

    @Override
    public Response toResponse(ResteasyViolationException e) {
        if (e.getException() != null || !e.getReturnValueViolations().isEmpty()) {
            // validation itself broke, or we answered something invalid: our fault, not the client's
            return ServerErrorMapper.internalError(e.getException() != null ? e.getException() : e);
        }
        return Violations.toResponse(e.getConstraintViolations());
    }
}
