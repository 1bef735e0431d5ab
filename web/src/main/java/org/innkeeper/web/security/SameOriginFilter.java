package org.innkeeper.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Against cross-site request forgery, beside the SameSite=Strict session cookie: a request that changes
 * something (anything but GET, HEAD, OPTIONS, TRACE) whose {@code Origin} (or, without one, {@code
 * Referer}) is another site than the one asked, or {@code Origin: null}, is refused with 403. The site
 * asked is the request's scheme and its {@code Host} header (behind a proxy that ends TLS, the proxy
 * must pass the scheme on). A request with neither header is let through: browsers send {@code Origin}
 * with every POST, so it comes from a program, which holds no clerk's cookie unless it logged in itself.
 */
@WebFilter(urlPatterns = "/*")
public class SameOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || sameSite(request)) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Cross-site request refused");
        }
    }

    static boolean sameSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String referer = request.getHeader("Referer");
        if (origin == null && referer == null) {
            return true;
        }
        String own = request.getScheme() + "://" + request.getHeader("Host");
        return origin != null ? own.equalsIgnoreCase(origin.strip()) : own.equalsIgnoreCase(originOf(referer));
    }

    /** scheme://host[:port] of an address, or null when it has none. */
    static String originOf(String address) {
        try {
            URI uri = new URI(address.strip());
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return null;
            }
            return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
