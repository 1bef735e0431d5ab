package org.innkeeper.infrastructure.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.staff.NewPassword;
import org.innkeeper.domain.staff.StaffRepository;
import org.innkeeper.domain.staff.StaffRole;
import org.innkeeper.domain.staff.StaffUser;

/**
 * The first manager of a fresh installation (not the demo, which brings its own staff): when no staff
 * account exists, the start-up opens one named by {@code -Dinnkeeper.admin.user} ("admin" unless set)
 * with the password in the environment variable {@code INNKEEPER_ADMIN_PASSWORD} (an environment
 * variable, not a system property: those show in the process list). It is a temporary password, to be
 * changed at the first login, so the variable is worth nothing afterwards. Without the variable the
 * server starts, logs how to make the account and nobody can log in: there is no default password.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "DemoHotel"})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class FirstManager {

    static final String USER_PROPERTY = "innkeeper.admin.user";
    static final String PASSWORD_VARIABLE = "INNKEEPER_ADMIN_PASSWORD";
    private static final Logger LOG = Logger.getLogger(FirstManager.class.getName());

    @Inject
    StaffRepository staff;

    @PostConstruct
    void openIfNoStaff() {
        open(staff, System.getProperty(USER_PROPERTY, "admin"), System.getenv(PASSWORD_VARIABLE), Clock.systemUTC());
    }

    /** Opens the account if there is no staff account and a password was given; says what it did. */
    static boolean open(StaffRepository staff, String username, String password, Clock clock) {
        if (staff.any()) {
            return false;
        }
        if (password == null || password.isEmpty()) {
            LOG.warning(() -> "No staff account exists, so nobody can log in. Restart once with the environment variable "
                    + PASSWORD_VARIABLE + " set to a temporary password (at least " + NewPassword.MIN_LENGTH
                    + " characters) to open the first manager account '" + username + "' (-D" + USER_PROPERTY + " names it).");
            return false;
        }
        try {
            staff.store(StaffUser.open(username, "Manager", NewPassword.of(PASSWORD_VARIABLE, username, password),
                    EnumSet.of(StaffRole.MANAGER, StaffRole.FRONT_DESK), "system", clock.instant()));
        } catch (InvalidValueException refused) {
            LOG.severe(() -> "The first manager account was not opened: " + refused.getMessage());
            return false;
        }
        LOG.info(() -> "First manager account '" + username + "' opened from " + PASSWORD_VARIABLE
                + "; its password is to be changed at the first login");
        return true;
    }
}
