package org.innkeeper.rest.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.innkeeper.rest.problem.Problem;

/**
 * No request body over 1 MB: 413 before anything is read into objects or changed, whether the size
 * is announced (Content-Length) or only found while streaming (chunked). Bodies within the limit
 * are kept in memory, for the resource and for the idempotency key's request hash.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 500)
public class RequestBodyLimit implements ContainerRequestFilter {

    /** The most a request body may hold. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** Request property with the body's bytes (for POST, PUT and PATCH). */
    static final String BODY = RequestBodyLimit.class.getName() + ".body";
    /** What is read and thrown away of a body too large, so the client hears the 413 rather than a reset. */
    private static final long DRAINED_AT_MOST = 16L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!hasBody(request.getMethod())) {
            return;
        }
        if (request.getLength() > MAX_BYTES) {
            drain(request.getEntityStream());
            request.abortWith(tooLarge());
            return;
        }
        InputStream in = request.getEntityStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream(Math.max(request.getLength(), 256));
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            body.write(buffer, 0, read);
            if (body.size() > MAX_BYTES) {
                drain(in);
                request.abortWith(tooLarge());
                return;
            }
        }
        byte[] bytes = body.toByteArray();
        request.setProperty(BODY, bytes);
        request.setEntityStream(new ByteArrayInputStream(bytes));
    }

    static boolean hasBody(String method) {
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
    }

    private static Response tooLarge() {
        return Problem.of("body-too-large", 413)
                .detail("A request body may hold at most " + MAX_BYTES + " bytes (1 MB).")
                .toResponse();
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long drained = 0;
        int read;
        while (drained < DRAINED_AT_MOST && (read = in.read(buffer)) != -1) {
            drained += read;
        }
    }
}
