package org.innkeeper.application;

import jakarta.ejb.Local;
import java.util.Optional;
import org.innkeeper.application.dto.ChannelPrincipal;
import org.innkeeper.application.dto.StaffPrincipal;

/** Who is calling: channels by API key, staff by user name and password. */
@Local
public interface AccessService {

    String ROLE_FRONT_DESK = "FRONT_DESK";
    String ROLE_MANAGER = "MANAGER";
    String ROLE_HOUSEKEEPING = "HOUSEKEEPING";
    String ROLE_NIGHT_AUDITOR = "NIGHT_AUDITOR";

    Optional<ChannelPrincipal> channelForApiKey(String apiKey);

    /** The staff member if the password matches, otherwise empty (no hint which part was wrong). */
    Optional<StaffPrincipal> authenticate(String username, String password);

    Optional<StaffPrincipal> staff(String username);

    /** Remembers the language the member of staff works in ("en" or "ru"). */
    void changeLocale(String username, String locale);
}
