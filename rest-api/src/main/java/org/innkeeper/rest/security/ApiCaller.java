package org.innkeeper.rest.security;

import java.security.Principal;
import java.util.Set;

/**
 * Who called the API: a booking channel (its code as name, role {@link ApiRoles#CHANNEL}) or a member
 * of staff (user name, roles FRONT_DESK and/or MANAGER).
 */
public final class ApiCaller implements Principal {

    private final String name;
    private final Set<String> roles;
    private final boolean channel;

    private ApiCaller(String name, Set<String> roles, boolean channel) {
        this.name = name;
        this.roles = Set.copyOf(roles);
        this.channel = channel;
    }

    public static ApiCaller channel(String code) {
        return new ApiCaller(code, Set.of(ApiRoles.CHANNEL), true);
    }

    public static ApiCaller staff(String username, Set<String> roles) {
        return new ApiCaller(username, roles, false);
    }

    @Override
    public String getName() {
        return name;
    }

    public Set<String> roles() {
        return roles;
    }

    /** The channel code, or null for staff (who see every reservation). */
    public String channelCode() {
        return channel ? name : null;
    }

    @Override
    public String toString() {
        return (channel ? "channel " : "staff ") + name;
    }
}
