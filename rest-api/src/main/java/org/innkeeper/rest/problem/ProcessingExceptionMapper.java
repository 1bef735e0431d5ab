package org.innkeeper.rest.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import jakarta.ws.rs.ProcessingException;

/** The request body could not be read (malformed JSON): 400; see {@link RequestBodyErrors}. */
@Provider
@ApplicationScoped
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        return RequestBodyErrors.toResponse(e);
    }
}
