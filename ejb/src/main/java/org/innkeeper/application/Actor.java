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

    public String name() {
        return name;
    }
}
