package cn.anju.security;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Nodes of a cluster that start together on an empty database would each find the demo users, the
 * grants or the Tasklist filters missing and each create them (one failing on a unique key, filters
 * doubled for good). Inside the transaction that checks and creates, {@link #hold} makes the others
 * wait for it: a PostgreSQL advisory lock, released at commit. H2 serves one node only.
 */
@Component
public class StartupLock {

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    StartupLock(JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (var connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /** Call first in the transaction of a start-up task; named, so different tasks do not wait for each other. */
    public void hold(String task) {
        if (postgres) {
            jdbc.queryForObject("select pg_advisory_xact_lock(hashtext(?))::text", String.class, "anju-start-" + task);
        }
    }
}
