package org.innkeeper.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.StateConflictException;
import org.junit.jupiter.api.Test;

class StaffUserTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    private static StaffUser clerk() {
        return StaffUser.open("clara", "Clara Clerk", NewPassword.of("password", "clara", "temporary-123"),
                EnumSet.of(StaffRole.FRONT_DESK), "manager", AT);
    }

    @Test
    void aPasswordHasTenCharactersAndIsNotTheUserName() {
        assertThatThrownBy(() -> NewPassword.of("newPassword", "clara", "123456789"))
                .isInstanceOf(InvalidValueException.class).extracting(e -> ((DomainException) e).field()).isEqualTo("newPassword");
        assertThatThrownBy(() -> NewPassword.of("newPassword", "clara.smith", "Clara.Smith"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("user name");
        assertThatThrownBy(() -> NewPassword.of("newPassword", "clara", "x".repeat(201))).isInstanceOf(InvalidValueException.class);
        assertThat(NewPassword.of("newPassword", "clara", "1234567890")).hasToString("NewPassword[hidden]");
    }

    @Test
    void anAccountAManagerOpensMustChangeItsPasswordAndRecordsWhoOpenedIt() {
        StaffUser clara = clerk();

        assertThat(clara.mustChangePassword()).isTrue();
        assertThat(clara.active()).isTrue();
        assertThat(clara.passwordMatches("temporary-123")).isTrue();
        assertThat(clara.changedBy()).isEqualTo("manager");
        assertThat(clara.changedAt()).isEqualTo(AT);
        assertThatThrownBy(() -> StaffUser.open("x", "X", NewPassword.of("password", "x", "long-enough-1"),
                EnumSet.of(StaffRole.FRONT_DESK), "manager", AT)).extracting(e -> ((DomainException) e).field()).isEqualTo("username");
        assertThatThrownBy(() -> StaffUser.open("xavier", "X", NewPassword.of("password", "xavier", "long-enough-1"),
                Set.of(), "manager", AT)).extracting(e -> ((DomainException) e).field()).isEqualTo("roles");
    }

    @Test
    void changingTheOwnPasswordNeedsTheCurrentOneAndEndsTheTemporaryPassword() {
        StaffUser clara = clerk();
        NewPassword chosen = NewPassword.of("newPassword", "clara", "my-own-secret-1");

        assertThatThrownBy(() -> clara.changePassword("wrong", chosen, AT))
                .extracting(e -> ((DomainException) e).field()).isEqualTo("currentPassword");
        assertThatThrownBy(() -> clara.changePassword("temporary-123", NewPassword.of("newPassword", "clara", "temporary-123"), AT))
                .extracting(e -> ((DomainException) e).field()).isEqualTo("newPassword");
        assertThat(clara.mustChangePassword()).isTrue();

        clara.changePassword("temporary-123", chosen, AT.plusSeconds(60));

        assertThat(clara.passwordMatches("my-own-secret-1")).isTrue();
        assertThat(clara.passwordMatches("temporary-123")).isFalse();
        assertThat(clara.mustChangePassword()).isFalse();
        assertThat(clara.changedBy()).isEqualTo("clara");
    }

    @Test
    void aResetPasswordIsTemporary() {
        StaffUser clara = clerk();
        clara.changePassword("temporary-123", NewPassword.of("newPassword", "clara", "my-own-secret-1"), AT);

        clara.resetPassword(NewPassword.of("temporaryPassword", "clara", "forgotten-it-2"), "manager", AT.plusSeconds(5));

        assertThat(clara.mustChangePassword()).isTrue();
        assertThat(clara.passwordMatches("forgotten-it-2")).isTrue();
        assertThat(clara.passwordMatches("my-own-secret-1")).isFalse();
    }

    @Test
    void aDeactivatedAccountCannotLogInAndNoManagerDeactivatesThemself() {
        StaffUser clara = clerk();
        clara.deactivate("manager", AT);

        assertThat(clara.active()).isFalse();
        assertThat(clara.passwordMatches("temporary-123")).as("right password, deactivated").isFalse();
        clara.reactivate("manager", AT);
        assertThat(clara.passwordMatches("temporary-123")).isTrue();

        StaffUser boss = new StaffUser("boss", "The Boss", "secret", EnumSet.of(StaffRole.MANAGER));
        assertThatThrownBy(() -> boss.deactivate("boss", AT)).isInstanceOf(StateConflictException.class)
                .extracting(e -> ((DomainException) e).kind()).isEqualTo("own-account");
        assertThatThrownBy(() -> boss.changeRoles(EnumSet.of(StaffRole.FRONT_DESK), "boss", AT))
                .extracting(e -> ((DomainException) e).kind()).isEqualTo("own-account");
        assertThat(boss.activeManager()).isTrue();
    }

    @Test
    void rolesAreEditedButNeverEmpty() {
        StaffUser clara = clerk();
        clara.changeRoles(EnumSet.of(StaffRole.FRONT_DESK, StaffRole.NIGHT_AUDITOR), "manager", AT);

        assertThat(clara.roles()).containsExactly(StaffRole.FRONT_DESK, StaffRole.NIGHT_AUDITOR);
        assertThatThrownBy(() -> clara.changeRoles(Set.of(), "manager", AT)).extracting(e -> ((DomainException) e).field())
                .isEqualTo("roles");
    }
}
