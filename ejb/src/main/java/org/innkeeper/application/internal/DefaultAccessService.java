package org.innkeeper.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.stream.Collectors;
import org.innkeeper.application.AccessService;
import org.innkeeper.application.dto.ChannelPrincipal;
import org.innkeeper.application.dto.LoginOutcome;
import org.innkeeper.application.dto.StaffPrincipal;
import org.innkeeper.domain.shared.NotFoundException;
import org.innkeeper.domain.staff.PasswordHash;
import org.innkeeper.domain.staff.StaffRepository;
import org.innkeeper.domain.staff.StaffUser;

@Stateless
public class DefaultAccessService implements AccessService {

    /** Checked against when the user does not exist, so timing does not tell which names exist. */
    private static final String DECOY_HASH = PasswordHash.of("decoy-password-never-matches");

    @Inject
    StaffRepository staff;
    @EJB
    LoginThrottle throttle;
    @Inject
    ReferenceData reference;

    /**
     * Outside a transaction: the channels are held in memory (ReferenceData) and the one row read to know they are
     * current needs none; a transaction of its own cost every channel call a begin, a commit and the transaction
     * manager's bookkeeping.
     */
    @Override
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public LoginOutcome<ChannelPrincipal> channelForApiKey(String apiKey, String remoteAddress) {
        long wait = throttle.retryAfterSeconds(null, remoteAddress);
        if (wait > 0) {
            return LoginOutcome.throttled(wait);
        }
        Optional<ChannelPrincipal> channel = reference.committed().channelForApiKey(apiKey);
        if (channel.isEmpty()) {
            throttle.failed(null, remoteAddress);
            return LoginOutcome.refused();
        }
        return LoginOutcome.accepted(channel.get());
    }

    @Override
    public LoginOutcome<StaffPrincipal> authenticate(String username, String password, String remoteAddress) {
        long wait = throttle.retryAfterSeconds(username, remoteAddress);
        if (wait > 0) {
            return LoginOutcome.throttled(wait);
        }
        Optional<StaffUser> user = staff.find(username);
        if (user.isEmpty()) {
            PasswordHash.matches(password == null ? "" : password, DECOY_HASH);
        }
        Optional<StaffPrincipal> accepted = user.filter(u -> u.passwordMatches(password)).map(DefaultAccessService::principal);
        if (accepted.isEmpty()) {
            throttle.failed(username, remoteAddress);
            return LoginOutcome.refused();
        }
        throttle.succeeded(username);
        return LoginOutcome.accepted(accepted.get());
    }

    @Override
    public long loginRetryAfterSeconds(String username, String remoteAddress) {
        return throttle.retryAfterSeconds(username, remoteAddress);
    }

    @Override
    public Optional<StaffPrincipal> staff(String username) {
        return staff.find(username).map(DefaultAccessService::principal);
    }

    @Override
    public void changeLocale(String username, String locale) {
        staff.find(username).orElseThrow(() -> new NotFoundException("Staff member", username)).changeLocale(locale);
    }

    static StaffPrincipal principal(StaffUser u) {
        return new StaffPrincipal(u.username(), u.displayName(),
                u.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()), u.locale(),
                u.active(), u.mustChangePassword());
    }
}
