package org.innkeeper.rest.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.spi.ReaderException;

/** RESTEasy wraps what a MessageBodyReader threw: a body that could not be read, 400. */
@Provider
@ApplicationScoped
public class ReaderExceptionMapper implements ExceptionMapper<ReaderException> {

    @Override
    public Response toResponse(ReaderException e) {
        return RequestBodyErrors.toResponse(e);
    }
}
