package org.innkeeper.rest.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every answer of the API, problems included, is data: a browser that opens one must run nothing,
 * load nothing, frame it nowhere, guess no other type and send no referrer onwards. A servlet filter
 * rather than a JAX-RS one, so answers that never reach a resource carry the headers too.
 */
@WebFilter(urlPatterns = "/*")
public class ApiSecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "X-Frame-Options", "DENY",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HEADERS.forEach(response::setHeader);
        chain.doFilter(request, response);
    }
}
