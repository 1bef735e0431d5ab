package org.innkeeper.domain.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.StateConflictException;
import org.hibernate.envers.Audited;

/**
 * A member of staff who logs in to the front desk and the API. Accounts are deactivated, never deleted
 * (their name stays on what they did). A password a manager sets (a new account, a reset) is temporary:
 * it must be changed at the next login.
 */
@Entity
@Table(name = "staff_user")
@Audited // the audit trail (revision, staff_user_aud)
public class StaffUser {

    /** Languages the front desk is translated into. */
    public static final Set<String> LOCALES = Set.of("en", "ru");

    @Id
    @Column(length = 40)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @org.hibernate.envers.NotAudited // a secret: the history does not keep it
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false, length = 5)
    private String locale;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "username"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "changed_by", length = 40)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected StaffUser() {
    }

    /**
     * An account with a password of its own, for the demo and benchmark seeders: their well-known
     * passwords ("frontdesk") are shorter than {@link NewPassword} allows and exist only there.
     */
    public StaffUser(String username, String displayName, String password, Set<StaffRole> roles) {
        checkUsername(username);
        if (password == null || password.length() < 6) {
            throw new InvalidValueException("password", "a password has at least 6 characters");
        }
        this.username = username;
        this.displayName = checkDisplayName(displayName);
        this.passwordHash = PasswordHash.of(password);
        this.locale = "en";
        this.roles = checkRoles(roles);
    }

    private StaffUser(String username, String displayName, NewPassword password, Set<StaffRole> roles, String by, Instant at) {
        checkUsername(username);
        this.username = username;
        this.displayName = checkDisplayName(displayName);
        this.passwordHash = password.hash();
        this.locale = "en";
        this.roles = checkRoles(roles);
        this.mustChangePassword = true;
        touched(by, at);
    }

    /** A new account opened by a manager (or at the first start): its password is changed at the first login. */
    public static StaffUser open(String username, String displayName, NewPassword temporaryPassword, Set<StaffRole> roles,
            String by, Instant at) {
        return new StaffUser(username, displayName, temporaryPassword, roles, by, at);
    }

    private static void checkUsername(String username) {
        if (username == null || !username.matches("[a-z0-9._-]{3,40}")) {
            throw new InvalidValueException("username", "a user name is 3 to 40 lower-case letters, digits, . _ or -");
        }
    }

    private static String checkDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 80) {
            throw new InvalidValueException("displayName", "a name of 1 to 80 characters");
        }
        return displayName.strip();
    }

    private static EnumSet<StaffRole> checkRoles(Set<StaffRole> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidValueException("roles", "a member of staff has at least one role");
        }
        return EnumSet.copyOf(roles);
    }

    /** Whether the password is right and the account may log in. */
    public boolean passwordMatches(String password) {
        return PasswordHash.matches(password, passwordHash) && active;
    }

    /** The member of staff changes their own password, proving they know the current one. */
    public void changePassword(String currentPassword, NewPassword newPassword, Instant at) {
        if (!PasswordHash.matches(currentPassword, passwordHash)) {
            throw new InvalidValueException("currentPassword", "the current password is not right");
        }
        if (newPassword.sameAs(passwordHash)) {
            throw new InvalidValueException("newPassword", "the new password is the one in use");
        }
        passwordHash = newPassword.hash();
        mustChangePassword = false;
        touched(username, at);
    }

    /** A manager sets a temporary password, e.g. when it was forgotten: it must be changed at the next login. */
    public void resetPassword(NewPassword temporaryPassword, String by, Instant at) {
        passwordHash = temporaryPassword.hash();
        mustChangePassword = true;
        touched(by, at);
    }

    public void changeRoles(Set<StaffRole> newRoles, String by, Instant at) {
        EnumSet<StaffRole> checked = checkRoles(newRoles);
        if (username.equals(by) && roles.contains(StaffRole.MANAGER) && !checked.contains(StaffRole.MANAGER)) {
            throw new StateConflictException("own-account", "roles", "a manager does not take their own manager role away");
        }
        roles = checked;
        touched(by, at);
    }

    public void rename(String newDisplayName, String by, Instant at) {
        displayName = checkDisplayName(newDisplayName);
        touched(by, at);
    }

    /** The member of staff leaves: they can no longer log in; what they did stays theirs. */
    public void deactivate(String by, Instant at) {
        if (username.equals(by)) {
            throw new StateConflictException("own-account", "a manager does not deactivate their own account");
        }
        active = false;
        touched(by, at);
    }

    public void reactivate(String by, Instant at) {
        active = true;
        touched(by, at);
    }

    private void touched(String by, Instant at) {
        changedBy = by;
        changedAt = at;
    }

    public void changeLocale(String newLocale) {
        if (!LOCALES.contains(newLocale)) {
            throw new InvalidValueException("locale", "the front desk speaks " + LOCALES + ", not " + newLocale);
        }
        this.locale = newLocale;
    }

    /** An active account with the manager role: the hotel always keeps at least one. */
    public boolean activeManager() {
        return active && roles.contains(StaffRole.MANAGER);
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String locale() {
        return locale;
    }

    public Set<StaffRole> roles() {
        return EnumSet.copyOf(roles);
    }

    public boolean active() {
        return active;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
