package org.innkeeper.rest.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * The container wraps system exceptions of an EJB (e.g. its own Bean Validation, a failed
 * transaction); the cause decides the answer, through the mapper for the cause.
 */
@Provider
@ApplicationScoped
public class EJBExceptionMapper implements ExceptionMapper<EJBException> {

    @Context
    Providers providers;

    @Override
    public Response toResponse(EJBException e) {
        if (e instanceof EJBAccessException) {
            return WebApplicationExceptionMapper.problemFor(403, null).toResponse();
        }
        Throwable cause = e;
        while (cause instanceof EJBException ejb) {
            Throwable next = ejb.getCausedByException() != null ? ejb.getCausedByException() : ejb.getCause();
            if (next == null || next == cause) {
                return ServerErrorMapper.internalError(e);
            }
            cause = next;
        }
        return map(cause);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Response map(Throwable cause) {
        ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
        return mapper != null ? mapper.toResponse(cause) : ServerErrorMapper.internalError(cause);
    }
}
