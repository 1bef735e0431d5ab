package org.innkeeper.rest.problem;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own answers (no such resource 404, wrong method 405, wrong content type 415, not
 * acceptable 406, role not allowed 403, bad request 400) keep their status, as problems.
 */
@Provider
@ApplicationScoped
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /** Headers of the original answer the client needs (the methods allowed, how to authenticate). */
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE);

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return ServerErrorMapper.internalError(e);
        }
        Response.ResponseBuilder response = problemFor(status, status == 400 ? RequestBodyErrors.rootMessage(e) : null)
                .toResponseBuilder();
        for (String header : KEPT_HEADERS) {
            List<Object> values = original.getHeaders().get(header);
            if (values != null) {
                values.forEach(value -> response.header(header, value));
            }
        }
        return response.build();
    }

    /** A problem for an HTTP status; its kind is the reason phrase ("method-not-allowed"). */
    static Problem problemFor(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String kind = known == null ? "http-" + status
                : known.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
        return Problem.of(kind, status).detail(detail != null ? detail : defaultDetail(status));
    }

    private static String defaultDetail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read.";
            case 401 -> "Credentials are missing or wrong.";
            case 403 -> "This is not open to your role.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not answer to this method.";
            case 406 -> "No acceptable representation; this API speaks application/json.";
            case 415 -> "Send the body as application/json.";
            default -> {
                Response.Status known = Response.Status.fromStatusCode(status);
                yield known != null ? known.getReasonPhrase() : "HTTP " + status;
            }
        };
    }
}
