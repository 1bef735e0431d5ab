package org.innkeeper.infrastructure.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.innkeeper.domain.staff.StaffRole;
import org.innkeeper.domain.staff.StaffUser;
import org.innkeeper.infrastructure.persistence.Repositories;
import org.innkeeper.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

/** A fresh installation gets its first manager only from a password given at start-up, never a default one. */
class FirstManagerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void withoutAPasswordNobodyCanLogInWithOneTheManagerIsOpenedOnceToChangeIt() {
        try (TestDatabase db = TestDatabase.h2()) {
            assertThat((boolean) db.inTransaction(em -> FirstManager.open(Repositories.bind(em).staff(), "admin", null, CLOCK))).isFalse();
            assertThat((boolean) db.inTransaction(em -> FirstManager.open(Repositories.bind(em).staff(), "admin", "short", CLOCK))).isFalse();
            assertThat(db.total("select count(u) from StaffUser u")).isZero();

            assertThat((boolean) db.inTransaction(em -> FirstManager.open(Repositories.bind(em).staff(), "boss", "first-start-pass", CLOCK))).isTrue();
            assertThat((boolean) db.inTransaction(em -> FirstManager.open(Repositories.bind(em).staff(), "other", "first-start-pass", CLOCK)))
                    .as("only while there is no account").isFalse();

            StaffUser boss = db.inTransaction(em -> em.find(StaffUser.class, "boss"));
            assertThat(boss.roles()).contains(StaffRole.MANAGER);
            assertThat(boss.mustChangePassword()).isTrue();
            assertThat(boss.passwordMatches("first-start-pass")).isTrue();
            assertThat(db.total("select count(u) from StaffUser u")).isEqualTo(1);
        }
    }
}
