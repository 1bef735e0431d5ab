package org.innkeeper.rest.problem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.spi.Failure;

/**
 * The last resort: whatever no other mapper knows is our fault. The client gets a 500 problem with an
 * incident number and never a stack trace; the log gets the stack trace under the same number.
 */
@Provider
@ApplicationScoped
public class ServerErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ServerErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof Failure failure && failure.getErrorCode() > 0 && failure.getErrorCode() < 500) {
            // RESTEasy's own signals about the request (e.g. an OPTIONS answer carries its response)
            if (failure.getResponse() != null && failure.getResponse().getStatus() < 400) {
                return failure.getResponse();
            }
            return WebApplicationExceptionMapper.problemFor(failure.getErrorCode(), null).toResponse();
        }
        return internalError(e);
    }

    static Response internalError(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + ": request failed", e);
        return Problem.of("internal-error", 500)
                .detail("Something went wrong on our side. It was logged as incident " + incident + ".")
                .toResponse();
    }
}
