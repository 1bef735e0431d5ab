package org.innkeeper.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.persistence.EntityManager;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL a read service's statements see one moment: a change committed by another connection
 * between two of them is seen by neither when the transaction began with {@link ReadSnapshot}, and by
 * the second one without it (which is what the service did before, and what makes this test able to fail).
 */
class ReadSnapshotTest {

    private static TestDatabase db;

    @BeforeAll
    static void open() {
        assumeTrue(TestDatabase.postgresqlAvailable(), "PostgreSQL is not running on 127.0.0.1:5432: ReadSnapshotTest skipped");
        db = TestDatabase.postgresql();
        db.inTransaction(em -> em.createNativeQuery("create table snapshot_probe (id int primary key, v int not null)")
                .executeUpdate());
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aChangeCommittedBetweenTwoReadsIsNotSeenWithinOneSnapshot() throws Exception {
        assertThat(twoReadsAroundACommit(1, true)).containsExactly(10, 10);
    }

    @Test
    void withoutItTheSecondReadSeesAnotherMoment() throws Exception {
        assertThat(twoReadsAroundACommit(2, false)).containsExactly(10, 11);
    }

    /** Reads row {@code id} twice in one transaction while another connection changes it in between. */
    private static int[] twoReadsAroundACommit(int id, boolean snapshot) throws Exception {
        db.inTransaction(em -> em.createNativeQuery("insert into snapshot_probe values (" + id + ", 10)").executeUpdate());
        return db.inTransaction(em -> {
            if (snapshot) {
                ReadSnapshot.begin(em);
            }
            int first = read(em, id);
            // another connection, another thread: committed before the second read
            CompletableFuture.runAsync(() -> db.inTransaction(other -> other.createNativeQuery(
                    "update snapshot_probe set v = v + 1 where id = " + id).executeUpdate())).join();
            int second = read(em, id);
            return new int[] {first, second};
        });
    }

    private static int read(EntityManager em, int id) {
        return ((Number) em.createNativeQuery("select v from snapshot_probe where id = " + id).getSingleResult()).intValue();
    }
}
