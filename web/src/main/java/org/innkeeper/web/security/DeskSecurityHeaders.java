package org.innkeeper.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The desk is never framed (clickjacking), loads nothing from elsewhere and does not leak its addresses
 * (confirmation numbers in the query) to other sites; the error pages carry the same headers.
 * PrimeFaces writes inline scripts, event handlers and style attributes, and runs the scripts of its
 * AJAX updates as inline script elements, hence 'unsafe-inline' (no 'unsafe-eval': it does not need
 * it). The policy still keeps out foreign scripts, plugins, foreign form targets and a foreign base URL;
 * every browser test fails on anything it refuses (DeskBrowser reads Chromium's console).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class DeskSecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Frame-Options", "DENY", // frame-ancestors for browsers that predate it
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HEADERS.forEach(response::setHeader);
        chain.doFilter(request, response);
    }
}
