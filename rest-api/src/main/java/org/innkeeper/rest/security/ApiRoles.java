package org.innkeeper.rest.security;

import org.innkeeper.application.AccessService;

/** The roles the API knows; staff roles are those of {@link AccessService}. */
public final class ApiRoles {

    /** A booking channel calling with its API key. */
    public static final String CHANNEL = "CHANNEL";
    public static final String FRONT_DESK = AccessService.ROLE_FRONT_DESK;
    public static final String MANAGER = AccessService.ROLE_MANAGER;
    public static final String HOUSEKEEPING = AccessService.ROLE_HOUSEKEEPING;
    public static final String NIGHT_AUDITOR = AccessService.ROLE_NIGHT_AUDITOR;

    private ApiRoles() {
    }
}
