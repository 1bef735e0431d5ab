package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.stream.Collectors;
import org.innkeeper.application.AccessService;
import org.innkeeper.application.dto.ChannelPrincipal;
import org.innkeeper.application.dto.StaffPrincipal;
import org.innkeeper.domain.channel.ChannelRepository;
import org.innkeeper.domain.shared.NotFoundException;
import org.innkeeper.domain.staff.PasswordHash;
import org.innkeeper.domain.staff.StaffRepository;
import org.innkeeper.domain.staff.StaffUser;

@Stateless
public class DefaultAccessService implements AccessService {

    /** Checked against when the user does not exist, so timing does not tell which names exist. */
    private static final String DECOY_HASH = PasswordHash.of("decoy-password-never-matches");

    @Inject
    ChannelRepository channels;
    @Inject
    StaffRepository staff;

    @Override
    public Optional<ChannelPrincipal> channelForApiKey(String apiKey) {
        return channels.byApiKey(apiKey).map(c -> new ChannelPrincipal(c.code(), c.name(), c.requestsPerSecond()));
    }

    @Override
    public Optional<StaffPrincipal> authenticate(String username, String password) {
        Optional<StaffUser> user = staff.find(username);
        if (user.isEmpty()) {
            PasswordHash.matches(password == null ? "" : password, DECOY_HASH);
            return Optional.empty();
        }
        return user.filter(u -> u.passwordMatches(password)).map(DefaultAccessService::principal);
    }

    @Override
    public Optional<StaffPrincipal> staff(String username) {
        return staff.find(username).map(DefaultAccessService::principal);
    }

    @Override
    public void changeLocale(String username, String locale) {
        staff.find(username).orElseThrow(() -> new NotFoundException("Staff member", username)).changeLocale(locale);
    }

    private static StaffPrincipal principal(StaffUser u) {
        return new StaffPrincipal(u.username(), u.displayName(),
                u.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()), u.locale());
    }
}
