package org.innkeeper.application;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is behind the current request: a member of staff (their user name) or a channel
 * ("channel:CODE"). Set once per request by the desk and the API after authentication, read by the
 * services that record who did what; "system" for timers and start-up work.
 */
@RequestScoped
public class Actor {

    public static final String SYSTEM = "system";

    private String name = SYSTEM;

    private java.util.Set<String> roles = java.util.Set.of();

    public Actor() {
    }

    /** An actor outside the container (tests). */
    public static Actor of(String name) {
        Actor actor = new Actor();
        actor.actAs(name);
        return actor;
    }

    public void actAs(String who) {
        this.name = who == null || who.isBlank() ? SYSTEM : (who.length() > 40 ? who.substring(0, 40) : who);
    }

    /** A member of staff with their roles (FRONT_DESK, MANAGER, NIGHT_AUDITOR, ...). */
    public void actAs(String who, java.util.Set<String> staffRoles) {
        actAs(who);
        this.roles = staffRoles == null ? java.util.Set.of() : java.util.Set.copyOf(staffRoles);
    }

    /** Whether the actor may adjust what an earlier business date posted: managers (and the system). */
    public boolean isManager() {
        return roles.contains(AccessService.ROLE_MANAGER) || SYSTEM.equals(name);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public String name() {
        return name;
    }
}
