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
    private final Integer requestsPerSecond;
    private final boolean mustChangePassword;

    private ApiCaller(String name, Set<String> roles, boolean channel, Integer requestsPerSecond, boolean mustChangePassword) {
        this.name = name;
        this.roles = Set.copyOf(roles);
        this.channel = channel;
        this.requestsPerSecond = requestsPerSecond;
        this.mustChangePassword = mustChangePassword;
    }

    public static ApiCaller channel(String code) {
        return channel(code, null);
    }

    /** A channel with its own rate limit (null: the server's default). */
    public static ApiCaller channel(String code, Integer requestsPerSecond) {
        return new ApiCaller(code, Set.of(ApiRoles.CHANNEL), true, requestsPerSecond, false);
    }

    /** A member of staff; {@code mustChangePassword} while they log in with a temporary password. */
    public static ApiCaller staff(String username, Set<String> roles, boolean mustChangePassword) {
        return new ApiCaller(username, roles, false, null, mustChangePassword);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
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

    /** The channel's own rate limit, or null for the server's default (and for staff). */
    public Integer requestsPerSecond() {
        return requestsPerSecond;
    }

    /** Whose idempotency keys these are: each channel and each member of staff has their own. */
    public String keyOwner() {
        return channel ? name : "staff:" + name;
    }

    @Override
    public String toString() {
        return (channel ? "channel " : "staff ") + name;
    }
}
