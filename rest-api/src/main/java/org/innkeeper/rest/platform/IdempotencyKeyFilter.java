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
        if (key == null || !("POST".equals(method) || "PATCH".equals(method))) {
            return;
        }
        String owner = request.getSecurityContext().getUserPrincipal() instanceof ApiCaller caller ? caller.keyOwner()
                : linkOwner(request.getUriInfo().getPath());
        if (owner == null) {
            return;
        }
        IdempotencyRecord.requireKey(key);
        byte[] body = request.getProperty(RequestBodyLimit.BODY) instanceof byte[] bytes ? bytes : new byte[0];
        idempotent.of(owner, key, hash(method, request.getUriInfo().getRequestUri().getRawPath(),
                request.getUriInfo().getRequestUri().getRawQuery(), body));
    }

    /**
     * A guest without a login (their page, their survey) owns keys by their link: the link's token, hashed, so
     * two guests' keys never meet and the token itself is never stored here.
     */
    static String linkOwner(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        String[] segments = p.split("/");
        if (segments.length < 2 || !(segments[0].equals(org.innkeeper.rest.GuestPageResource.PATH)
                || segments[0].equals("surveys"))) {
            return null;
        }
        return "link:" + hash("LINK", segments[1], null, new byte[0]).substring(0, 40);
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
