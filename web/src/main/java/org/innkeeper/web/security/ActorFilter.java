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
            java.util.Set<String> roles = new java.util.HashSet<>();
            for (String role : new String[] {org.innkeeper.application.AccessService.ROLE_FRONT_DESK,
                org.innkeeper.application.AccessService.ROLE_MANAGER, org.innkeeper.application.AccessService.ROLE_HOUSEKEEPING,
                org.innkeeper.application.AccessService.ROLE_NIGHT_AUDITOR}) {
                if (request.isUserInRole(role)) {
                    roles.add(role);
                }
            }
            actor.actAs(staff.getName(), roles);
        }
        chain.doFilter(request, response);
    }
}
