package org.innkeeper.application;

import jakarta.ejb.Local;
import java.util.Optional;
import org.innkeeper.application.dto.ChannelPrincipal;
import org.innkeeper.application.dto.LoginOutcome;
import org.innkeeper.application.dto.StaffPrincipal;

/**
 * Who is calling: channels by API key, staff by user name and password. Repeated failures for an
 * account or from an address are slowed down and then refused for a while (the login throttle).
 */
@Local
public interface AccessService {

    String ROLE_FRONT_DESK = "FRONT_DESK";
    String ROLE_MANAGER = "MANAGER";
    String ROLE_HOUSEKEEPING = "HOUSEKEEPING";
    String ROLE_NIGHT_AUDITOR = "NIGHT_AUDITOR";

    /** The channel of the key, sent from {@code remoteAddress}; wrong keys count against the address. */
    LoginOutcome<ChannelPrincipal> channelForApiKey(String apiKey, String remoteAddress);

    /**
     * The active staff member if the password matches, otherwise refused (no hint which part was
     * wrong), or throttled when the account or the address failed too often.
     */
    LoginOutcome<StaffPrincipal> authenticate(String username, String password, String remoteAddress);

    /** Seconds before the account may be tried again from the address (0: now), for the login page's message. */
    long loginRetryAfterSeconds(String username, String remoteAddress);

    Optional<StaffPrincipal> staff(String username);

    /** Remembers the language the member of staff works in ("en" or "ru"). */
    void changeLocale(String username, String locale);
}
