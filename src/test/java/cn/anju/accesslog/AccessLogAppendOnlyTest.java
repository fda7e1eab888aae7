package cn.anju.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** On PostgreSQL the database itself refuses to change or empty the access log (V15.1). */
class AccessLogAppendOnlyTest {

    @Test
    void postgresRefusesUpdateDeleteAndTruncate() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            var dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource)
                    .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("""
                    insert into access_record (occurred_at, username, role, district, application_id, what)
                    values (?, 'clerk', 'CLERK', 'FUTIAN', ?, 'APPLICATION')""")
                    .params(OffsetDateTime.now(), UUID.randomUUID()).update();

            assertThatThrownBy(() -> jdbc.sql("update access_record set username = 'nobody'").update())
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.sql("delete from access_record").update())
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.sql("truncate access_record").update())
                    .hasMessageContaining("append-only");
            assertThat(jdbc.sql("select username from access_record").query(String.class).list())
                    .containsExactly("clerk");
        }
    }
}
