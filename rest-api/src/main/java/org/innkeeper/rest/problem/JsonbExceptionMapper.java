package org.innkeeper.rest.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import jakarta.json.bind.JsonbException;

/** The request body could not be read (malformed JSON): 400; see {@link RequestBodyErrors}. */
@Provider
@ApplicationScoped
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException e) {
        return RequestBodyErrors.toResponse(e);
    }
}
