package org.innkeeper.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while Innkeeper's database answers: a load balancer stops sending guests and channels to a
 * server that has lost it, and sends them again when it is back. Asked on /health/ready of the
 * management interface; a pooled connection runs a trivial statement within two seconds.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/InnkeeperDS")
    private DataSource database;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            // a statement, not isValid(): a connection the database closed then fails loudly, and the pool's
            // exception sorter throws it away, so the next check (and the next guest) gets a fresh one
            statement.execute("select 1");
            return HealthCheckResponse.named("innkeeper-database").up()
                    .withData("database", connection.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException | RuntimeException lost) {
            return HealthCheckResponse.named("innkeeper-database").down()
                    .withData("error", String.valueOf(lost.getMessage())).build();
        }
    }
}
