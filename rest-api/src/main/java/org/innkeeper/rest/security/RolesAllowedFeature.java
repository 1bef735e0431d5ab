package org.innkeeper.rest.security;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

import org.innkeeper.rest.problem.Problem;

/**
 * Enforces {@code @RolesAllowed} of resource methods and classes against the caller the
 * {@link ApiAuthenticationFilter} found: 403 problem when none of the roles is the caller's.
 * (RESTEasy's own role check answers 403 in text/plain, which no mapper may rewrite.)
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed != null) {
            context.register(new RoleCheck(Set.of(allowed.value())), Priorities.AUTHORIZATION);
        }
    }

    private record RoleCheck(Set<String> roles) implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            if (roles.stream().noneMatch(request.getSecurityContext()::isUserInRole)) {
                request.abortWith(Problem.of("forbidden", 403)
                        .detail("This is not open to your role.")
                        .toResponse());
            }
        }
    }
}
