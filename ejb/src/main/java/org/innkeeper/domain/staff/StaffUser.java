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
import java.util.EnumSet;
import java.util.Set;
import org.innkeeper.domain.shared.InvalidValueException;
import org.hibernate.envers.Audited;

/** A member of staff who logs in to the front desk. */
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

    protected StaffUser() {
    }

    public StaffUser(String username, String displayName, String password, Set<StaffRole> roles) {
        if (username == null || !username.matches("[a-z0-9._-]{3,40}")) {
            throw new InvalidValueException("username", "a user name is 3 to 40 lower-case letters, digits, . _ or -");
        }
        if (password == null || password.length() < 6) {
            throw new InvalidValueException("password", "a password has at least 6 characters");
        }
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = PasswordHash.of(password);
        this.locale = "en";
        this.roles = EnumSet.copyOf(roles);
    }

    public boolean passwordMatches(String password) {
        return PasswordHash.matches(password, passwordHash);
    }

    public void changeLocale(String newLocale) {
        if (!LOCALES.contains(newLocale)) {
            throw new InvalidValueException("locale", "the front desk speaks " + LOCALES + ", not " + newLocale);
        }
        this.locale = newLocale;
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
}
