package org.innkeeper.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.innkeeper.application.Actor;
import org.innkeeper.application.dto.PasswordChange;
import org.innkeeper.application.dto.PasswordReset;
import org.innkeeper.application.dto.StaffChange;
import org.innkeeper.application.dto.StaffMemberForm;
import org.innkeeper.application.dto.StaffMemberView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.domain.staff.StaffRole;
import org.innkeeper.domain.staff.StaffUser;
import org.innkeeper.infrastructure.persistence.Repositories;
import org.innkeeper.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Staff administration on the real mappings and schema: who may do what, and the hotel never loses its last manager. */
class StaffServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static TestDatabase open(TestDatabase.Kind kind) {
        assumeTrue(kind == TestDatabase.Kind.H2 || TestDatabase.postgresqlAvailable(), "PostgreSQL is not running on 127.0.0.1:5432");
        TestDatabase db = TestDatabase.of(kind);
        db.inTransaction(em -> {
            em.persist(new StaffUser("anna", "Anna Manager", "anna-secret", EnumSet.of(StaffRole.MANAGER, StaffRole.FRONT_DESK)));
            em.persist(new StaffUser("frank", "Frank Front Desk", "frank-secret", EnumSet.of(StaffRole.FRONT_DESK)));
            return null;
        });
        return db;
    }

    private static <T> T as(TestDatabase db, String who, Set<String> roles, Function<DefaultStaffService, T> work) {
        return db.inTransaction(em -> {
            DefaultStaffService s = new DefaultStaffService();
            s.staff = Repositories.bind(em).staff();
            s.calendar = new HotelCalendar(new MovableClock(NOW));
            s.actor = new Actor();
            s.actor.actAs(who, roles);
            return work.apply(s);
        });
    }

    private static <T> T asManager(TestDatabase db, String who, Function<DefaultStaffService, T> work) {
        return as(db, who, Set.of("MANAGER", "FRONT_DESK"), work);
    }

    private static String kindOf(Throwable e) {
        return ((DomainException) e).kind();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aManagerOpensAnAccountTheClerkChangesItsPasswordAndIsDeactivated(TestDatabase.Kind kind) {
        try (TestDatabase db = open(kind)) {
            StaffMemberView opened = asManager(db, "anna", s -> s.open(
                    new StaffMemberForm("clara", "Clara Clerk", Set.of("FRONT_DESK", "NIGHT_AUDITOR"), "temporary-123")));
            assertThat(opened.roles()).containsExactly("FRONT_DESK", "NIGHT_AUDITOR");
            assertThat(opened.mustChangePassword()).isTrue();
            assertThat(opened.changedBy()).isEqualTo("anna");
            assertThat(opened.changedAt()).isEqualTo(NOW);

            assertThatThrownBy(() -> asManager(db, "anna", s -> s.open(
                    new StaffMemberForm("clara", "Another", Set.of("FRONT_DESK"), "temporary-123"))))
                    .extracting(StaffServiceTest::kindOf).isEqualTo("username-taken");
            assertThatThrownBy(() -> asManager(db, "anna", s -> s.open(
                    new StaffMemberForm("dora", "Dora", Set.of("BELLBOY"), "temporary-123"))))
                    .extracting(e -> ((DomainException) e).field()).isEqualTo("roles");
            assertThatThrownBy(() -> as(db, "frank", Set.of("FRONT_DESK"), s -> s.open(
                    new StaffMemberForm("dora", "Dora", Set.of("FRONT_DESK"), "temporary-123"))))
                    .extracting(StaffServiceTest::kindOf).isEqualTo("manager-only");
            assertThatThrownBy(() -> as(db, "frank", Set.of("FRONT_DESK"), DefaultStaffService::staff))
                    .extracting(StaffServiceTest::kindOf).isEqualTo("manager-only");

            as(db, "clara", Set.of("FRONT_DESK"), s -> {
                s.changeOwnPassword(new PasswordChange("temporary-123", "clara-own-pass"));
                return null;
            });
            StaffMemberView changed = asManager(db, "anna", s -> s.member("clara"));
            assertThat(changed.mustChangePassword()).isFalse();
            assertThat(changed.changedBy()).isEqualTo("clara");

            asManager(db, "anna", s -> s.change("clara", new StaffChange(null, null, false)));
            assertThat(asManager(db, "anna", s -> s.member("clara")).active()).isFalse();
            assertThatThrownBy(() -> as(db, "clara", Set.of("FRONT_DESK"), s -> {
                s.changeOwnPassword(new PasswordChange("clara-own-pass", "clara-other-pass"));
                return null;
            })).extracting(StaffServiceTest::kindOf).isEqualTo("staff-only");

            StaffMemberView reset = asManager(db, "anna", s -> s.resetPassword("frank", new PasswordReset("frank-new-temp")));
            assertThat(reset.mustChangePassword()).isTrue();
            assertThat(asManager(db, "anna", DefaultStaffService::staff)).extracting(StaffMemberView::username)
                    .containsExactly("anna", "clara", "frank");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theLastActiveManagerStays(TestDatabase.Kind kind) {
        try (TestDatabase db = open(kind)) {
            asManager(db, "anna", s -> s.open(new StaffMemberForm("boris", "Boris", Set.of("MANAGER"), "temporary-123")));
            asManager(db, "anna", s -> s.change("boris", new StaffChange(null, null, false)));

            assertThatThrownBy(() -> asManager(db, "anna", s -> s.change("anna", new StaffChange(null, null, false))))
                    .extracting(StaffServiceTest::kindOf).isEqualTo("own-account");
            // The system (a start-up task) is no manager account of its own: the guard still holds.
            assertThatThrownBy(() -> as(db, Actor.SYSTEM, Set.of(), s -> s.change("anna", new StaffChange(null, null, false))))
                    .isInstanceOf(StateConflictException.class).extracting(StaffServiceTest::kindOf).isEqualTo("last-manager");
            assertThatThrownBy(() -> as(db, Actor.SYSTEM, Set.of(), s -> s.change("anna", new StaffChange(null, Set.of("FRONT_DESK"), null))))
                    .extracting(StaffServiceTest::kindOf).isEqualTo("last-manager");
            assertThat(asManager(db, "anna", s -> s.member("anna")).roles()).contains("MANAGER");

            asManager(db, "anna", s -> s.change("boris", new StaffChange("Boris B.", null, true)));
            asManager(db, "boris", s -> s.change("anna", new StaffChange(null, Set.of("FRONT_DESK"), null)));
            assertThat(asManager(db, "boris", s -> s.member("anna")).roles()).containsExactly("FRONT_DESK");
        }
    }

    /** Two managers deactivate each other at the same instant, round after round: one of them always stays. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void twoManagersDeactivatingEachOtherAtOnceLeaveOne(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = open(kind)) {
            asManager(db, "anna", s -> s.open(new StaffMemberForm("boris", "Boris", Set.of("MANAGER"), "temporary-123")));
            for (int round = 0; round < 5; round++) {
                List<Callable<Void>> clients = new ArrayList<>();
                for (String[] pair : new String[][] {{"anna", "boris"}, {"boris", "anna"}}) {
                    clients.add(() -> {
                        asManager(db, pair[0], s -> s.change(pair[1], new StaffChange(null, null, false)));
                        return null;
                    });
                }
                assertThat(RealThreads.race(clients, StateConflictException.class)).isEmpty();

                List<StaffMemberView> managers = asManager(db, "anna", DefaultStaffService::staff).stream()
                        .filter(m -> m.active() && m.roles().contains("MANAGER")).toList();
                assertThat(managers).as("round %d", round).hasSize(1);
                String left = managers.get(0).username();
                asManager(db, left, s -> s.change(left.equals("anna") ? "boris" : "anna", new StaffChange(null, null, true)));
            }
        }
    }
}
