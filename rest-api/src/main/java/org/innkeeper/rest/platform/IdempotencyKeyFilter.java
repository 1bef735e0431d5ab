package org.innkeeper.rest.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.innkeeper.domain.idempotency.IdempotencyRecord;
import org.innkeeper.rest.security.ApiCaller;

/**
 * Reads the {@code Idempotency-Key} of a POST or PATCH (a malformed key is a 422): whose key it is
 * and a SHA-256 of the request (method, path with query, body), for the interceptor.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
@ApplicationScoped
public class IdempotencyKeyFilter implements ContainerRequestFilter {

    public static final String HEADER = "Idempotency-Key";

    @Inject
    IdempotentRequest idempotent;

    @Override
    public void filter(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        String method = request.getMethod();
        if (key == null || !("POST".equals(method) || "PATCH".equals(method))
                || !(request.getSecurityContext().getUserPrincipal() instanceof ApiCaller caller)) {
            return;
        }
        IdempotencyRecord.requireKey(key);
        byte[] body = request.getProperty(RequestBodyLimit.BODY) instanceof byte[] bytes ? bytes : new byte[0];
        idempotent.of(caller.keyOwner(), key, hash(method, request.getUriInfo().getRequestUri().getRawPath(),
                request.getUriInfo().getRequestUri().getRawQuery(), body));
    }

    static String hash(String method, String path, String query, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + (query == null ? "" : "?" + query) + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
