package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.innkeeper.application.Actor;
import org.innkeeper.application.StaffService;
import org.innkeeper.application.dto.PasswordChange;
import org.innkeeper.application.dto.PasswordReset;
import org.innkeeper.application.dto.StaffChange;
import org.innkeeper.application.dto.StaffMemberForm;
import org.innkeeper.application.dto.StaffMemberView;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.NotFoundException;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.domain.staff.NewPassword;
import org.innkeeper.domain.staff.StaffRepository;
import org.innkeeper.domain.staff.StaffRole;
import org.innkeeper.domain.staff.StaffUser;

@Stateless
public class DefaultStaffService implements StaffService {

    private static final Logger LOG = Logger.getLogger(DefaultStaffService.class.getName());

    @Inject
    StaffRepository staff;
    @Inject
    HotelCalendar calendar;
    @Inject
    Actor actor;

    @Override
    public List<StaffMemberView> staff() {
        requireManager();
        return staff.all().stream().map(DefaultStaffService::view).toList();
    }

    @Override
    public StaffMemberView member(String username) {
        requireManager();
        return view(find(username));
    }

    @Override
    public StaffMemberView open(StaffMemberForm form) {
        requireManager();
        if (staff.find(form.username()).isPresent()) {
            throw new StateConflictException("username-taken", "username", "a staff account " + form.username() + " exists already");
        }
        StaffUser user = StaffUser.open(form.username(), form.displayName(),
                NewPassword.of("password", form.username(), form.password()), roles(form.roles()), actor.name(), now());
        staff.store(user);
        LOG.info(() -> "Staff account " + user.username() + " " + user.roles() + " opened by " + actor.name());
        return view(user);
    }

    @Override
    public StaffMemberView change(String username, StaffChange change) {
        requireManager();
        Set<StaffRole> newRoles = change.roles() == null ? null : roles(change.roles());
        boolean mayEndAManager = Boolean.FALSE.equals(change.active())
                || newRoles != null && !newRoles.contains(StaffRole.MANAGER);
        // The lock comes before the account is read, so what is read is what the other manager committed.
        long activeManagers = mayEndAManager ? staff.lockManagersAndCountActive() : Long.MAX_VALUE;
        StaffUser user = find(username);
        boolean wasActiveManager = user.activeManager();
        Instant at = now();
        if (change.displayName() != null) {
            user.rename(change.displayName(), actor.name(), at);
        }
        if (newRoles != null) {
            user.changeRoles(newRoles, actor.name(), at);
        }
        if (Boolean.FALSE.equals(change.active()) && user.active()) {
            user.deactivate(actor.name(), at);
        } else if (Boolean.TRUE.equals(change.active()) && !user.active()) {
            user.reactivate(actor.name(), at);
        }
        if (wasActiveManager && !user.activeManager() && activeManagers <= 1) {
            throw new StateConflictException("last-manager", newRoles != null && user.active() ? "roles" : "active",
                    "the hotel keeps at least one active manager");
        }
        LOG.info(() -> "Staff account " + username + " changed by " + actor.name() + ": roles " + user.roles()
                + (user.active() ? ", active" : ", deactivated"));
        return view(user);
    }

    @Override
    public StaffMemberView resetPassword(String username, PasswordReset reset) {
        requireManager();
        StaffUser user = find(username);
        user.resetPassword(NewPassword.of("temporaryPassword", username, reset.temporaryPassword()), actor.name(), now());
        LOG.info(() -> "Password of " + username + " reset by " + actor.name());
        return view(user);
    }

    @Override
    public void changeOwnPassword(PasswordChange change) {
        StaffUser user = staff.find(actor.name()).filter(StaffUser::active)
                .orElseThrow(() -> new StateConflictException("staff-only", "only a member of staff has a password here"));
        user.changePassword(change.currentPassword(), NewPassword.of("newPassword", user.username(), change.newPassword()), now());
        LOG.info(() -> "Password of " + user.username() + " changed by its owner");
    }

    private StaffUser find(String username) {
        return staff.find(username).orElseThrow(() -> new NotFoundException("Staff member", username));
    }

    private void requireManager() {
        if (!actor.isManager()) {
            throw new StateConflictException("manager-only", "only a manager administers staff accounts");
        }
    }

    private Instant now() {
        return calendar.now();
    }

    static Set<StaffRole> roles(Set<String> names) {
        EnumSet<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (String name : names) {
            try {
                roles.add(StaffRole.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidValueException("roles", "roles are " + List.of(StaffRole.values()) + ", not " + name);
            }
        }
        return roles;
    }

    static StaffMemberView view(StaffUser u) {
        return new StaffMemberView(u.username(), u.displayName(), u.roles().stream().map(Enum::name).toList(),
                u.active(), u.mustChangePassword(), u.changedBy(), u.changedAt());
    }
}
