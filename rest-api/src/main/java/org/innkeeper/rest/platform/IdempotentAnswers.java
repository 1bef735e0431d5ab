package org.innkeeper.rest.platform;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.innkeeper.application.dto.IdempotentResponse;

/**
 * Sends kept answers: a replay as it was first sent (with {@code Idempotent-Replayed: true}), and
 * the first answer itself as the very text that was kept, so every reply to one key is the same.
 */
@Provider
@ApplicationScoped
public class IdempotentAnswers implements ExceptionMapper<IdempotentReplay>, ContainerResponseFilter {

    public static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    IdempotentRequest request;

    @Override
    public Response toResponse(IdempotentReplay replay) {
        IdempotentResponse answer = replay.answer();
        Response.ResponseBuilder response = Response.status(answer.status()).header(REPLAYED, "true");
        if (answer.location() != null) {
            response.location(URI.create(answer.location()));
        }
        if (answer.body() != null) {
            response.entity(answer.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return response.build();
    }

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext response) {
        IdempotentResponse answer = request.answer();
        if (answer != null && answer.body() != null && response.getStatus() == answer.status()) {
            response.setEntity(answer.body(), response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
        }
    }
}
