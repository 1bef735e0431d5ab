package org.innkeeper.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No table has two indexes on the same columns: every row written would be written into both (on H2 a foreign key
 * made before the index for its columns got an index of its own; V18 gave those back). Checked on the schema the
 * migrations make, on H2 and PostgreSQL.
 */
class OneIndexPerColumnsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void noTwoIndexesOnTheSameColumns(TestDatabase.Kind kind) {
        assumeTrue(kind == TestDatabase.Kind.H2 || TestDatabase.postgresqlAvailable(),
                "PostgreSQL is not running on 127.0.0.1:5432");
        try (TestDatabase db = TestDatabase.of(kind)) {
            String sql = kind == TestDatabase.Kind.H2
                    ? "select table_name || ' (' || cols || '): ' || listagg(index_name, ', ') within group (order by index_name)"
                            + " from (select i.table_name, i.index_name, (select listagg(c.column_name, ',') within group"
                            + " (order by c.ordinal_position) from information_schema.index_columns c where c.table_schema"
                            + " = i.table_schema and c.table_name = i.table_name and c.index_name = i.index_name) cols"
                            + " from information_schema.indexes i where i.table_schema = 'PUBLIC') x"
                            + " group by table_name, cols having count(*) > 1"
                    // the same columns with the same operator classes (a pattern index beside a plain one is not a copy)
                    : "select indrelid::regclass || ' (' || indkey::text || '): ' || string_agg(indexrelid::regclass::text, ', ')"
                            + " from pg_index where indrelid::regclass::text not like 'pg_%'"
                            + " group by indrelid, indkey::text, indclass::text having count(*) > 1";
            List<?> copies = db.inTransaction(em -> em.createNativeQuery(sql).getResultList());
            assertThat(copies).as("indexes on the same columns").isEmpty();
            // the foreign keys V18 made again still hold
            Number constraints = db.inTransaction(em -> (Number) em.createNativeQuery(kind == TestDatabase.Kind.H2
                    ? "select count(*) from information_schema.table_constraints where constraint_name = 'POSTING_COMPLAINT_FK'"
                    : "select count(*) from pg_constraint where conname = 'posting_complaint_fk'").getSingleResult());
            assertThat(constraints.longValue()).isEqualTo(1);
        }
    }
}
