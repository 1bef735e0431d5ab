package org.innkeeper.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.innkeeper.application.Actor;

/** Tells the services which member of staff is behind each desk request, so what they do is recorded as theirs. */
@WebFilter(urlPatterns = "/*")
public class ActorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    Actor actor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal staff = request.getUserPrincipal();
        if (staff != null) {
            actor.actAs(staff.getName());
        }
        chain.doFilter(request, response);
    }
}
