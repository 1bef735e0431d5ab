package org.innkeeper.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A search by name, e-mail or phone is an indexed prefix on a lower-case search key, on H2 and on
 * PostgreSQL (whose plain indexes serve LIKE 'x%' only under the C collation: V11 builds them with
 * varchar_pattern_ops). lower(last_name) like 'x%' read every reservation ever made (issue 11).
 * PostgreSQL's planner is told not to scan, so that on an empty table the plan shows whether the
 * index can serve the condition at all.
 */
class SearchIndexTest {

    private static final String[][] SEARCHES = {
            {"select id from reservation where guest_search_last_name like 'lovel%' order by arrival desc, id desc limit 50",
                    "reservation_search_last_idx"},
            {"select id from reservation where guest_search_full_name like 'ada lo%' order by arrival desc, id desc limit 50",
                    "reservation_search_full_idx"},
            {"select id from reservation where guest_email like 'ada@%' order by arrival desc, id desc limit 50",
                    "reservation_search_email_idx"},
            {"select id from reservation where confirmation_number = 'IK23456789'", "reservation_number_unique"},
            {"select id from guest where merged_at is null and search_last_name like 'lovel%' limit 50",
                    "guest_search_last_idx"},
            {"select id from guest where merged_at is null and search_full_name like 'ada lo%' limit 50",
                    "guest_search_full_idx"},
            {"select id from guest where merged_at is null and email like 'ada@%' limit 50",
                    "email_idx"}, // H2 takes guest_email_idx, as good for it
            {"select id from guest where merged_at is null and search_phone like '44207946%' limit 50",
                    "guest_search_phone_idx"},
    };

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void everySearchIsAnIndexedPrefix(TestDatabase.Kind kind) {
        assumeTrue(kind == TestDatabase.Kind.H2 || TestDatabase.postgresqlAvailable(), "no PostgreSQL on 127.0.0.1:5432");
        try (TestDatabase db = TestDatabase.of(kind)) {
            for (String[] search : SEARCHES) {
                assertThat(plan(db, search[0])).as(search[0]).contains(search[1]);
            }
        }
    }

    private static String plan(TestDatabase db, String sql) {
        return db.inTransaction(em -> {
            if (db.kind() == TestDatabase.Kind.POSTGRESQL) {
                em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
            }
            List<?> rows = em.createNativeQuery("explain " + sql).getResultList();
            return rows.stream().map(Object::toString).collect(Collectors.joining("\n")).toLowerCase();
        });
    }
}
