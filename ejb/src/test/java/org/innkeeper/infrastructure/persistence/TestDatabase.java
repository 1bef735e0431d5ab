package org.innkeeper.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.innkeeper.infrastructure.setup.DatabaseMigrator;

/**
 * A fresh database migrated by the real Flyway scripts: in-memory H2, or a new PostgreSQL
 * database on 127.0.0.1:5432 (dropped on close). Work runs in resource-local transactions.
 */
public final class TestDatabase implements AutoCloseable {

    public enum Kind { H2, POSTGRESQL }

    private static final String PG_ADMIN_URL = System.getProperty("innkeeper.test.pg.url",
            "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String PG_USER = System.getProperty("innkeeper.test.pg.user", "postgres");
    private static final String PG_PASSWORD = System.getProperty("innkeeper.test.pg.password", "postgres");

    private final Kind kind;
    private final String name;
    private final EntityManagerFactory emf;
    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(Kind kind) {
        this.kind = kind;
        this.name = "innkeeper_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (kind == Kind.H2) {
            url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
            user = "sa";
            password = "sa";
        } else {
            admin("create database " + name);
            url = PG_ADMIN_URL.substring(0, PG_ADMIN_URL.lastIndexOf('/') + 1) + name;
            user = PG_USER;
            password = PG_PASSWORD;
        }
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .placeholders(DatabaseMigrator.placeholders(kind == Kind.H2 ? "H2" : "PostgreSQL")).load().migrate();
        emf = Persistence.createEntityManagerFactory("innkeeper-test", Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password,
                "hibernate.connection.pool_size", "40"));
    }

    /** Connections of their own, as the server's data source hands them out (auto-commit on). */
    public javax.sql.DataSource dataSource() {
        return (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return DriverManager.getConnection(url, user, password);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    public static TestDatabase h2() {
        return new TestDatabase(Kind.H2);
    }

    /** A PostgreSQL database, or an exception if no server answers. */
    public static TestDatabase postgresql() {
        return new TestDatabase(Kind.POSTGRESQL);
    }

    public static boolean postgresqlAvailable() {
        try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    public static TestDatabase of(Kind kind) {
        return kind == Kind.H2 ? h2() : postgresql();
    }

    public Kind kind() {
        return kind;
    }

    /** Runs the work in its own transaction and entity manager; rolls back if it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    /** The single number a JPQL count (or sum) query answers, in a transaction of its own. */
    public long total(String jpql) {
        return inTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    @Override
    public void close() {
        emf.close();
        if (kind == Kind.POSTGRESQL) {
            admin("drop database if exists " + name + " with (force)");
        }
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD)) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL: " + sql, e);
        }
    }
}
