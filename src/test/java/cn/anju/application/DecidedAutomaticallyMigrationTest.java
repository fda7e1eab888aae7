package cn.anju.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** V12 marks the decisions taken before it by their wording, once, on both databases. */
class DecidedAutomaticallyMigrationTest {

    @Test
    void onH2() {
        var h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:mem:decided-automatically;DB_CLOSE_DELAY=-1");
        backfills(h2);
    }

    @Test
    void onPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            backfills(postgres.getPostgresDatabase());
        }
    }

    private static void backfills(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("11").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        UUID automatic = decided(jdbc, "B1", "automatic decision: the housing registry confirms the evidence");
        UUID byClerk = decided(jdbc, "B2", "in order; an automatic decision: was not possible");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(flag(jdbc, automatic)).isTrue();
        assertThat(flag(jdbc, byClerk)).isFalse();
    }

    private static UUID decided(JdbcClient jdbc, String reference, String reasons) {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 20, 4, 0, 0, 0, ZoneOffset.UTC);
        jdbc.sql("""
                insert into application (id, reference, owner_account, city, district, arrival_date, address_line,
                    address_district, status, stage, decision_reasons, submitted_at, decided_at, updated_at)
                values (?, ?, ?, 'Shenzhen', 'FUTIAN', ?, 'line', 'FUTIAN', 'APPROVED', 'CLOSED', ?, ?, ?, ?)""")
                .params(id, reference, UUID.randomUUID(), LocalDate.of(2026, 1, 5), reasons, at, at, at)
                .update();
        return id;
    }

    private static boolean flag(JdbcClient jdbc, UUID id) {
        return jdbc.sql("select decided_automatically from application where id = ?").param(id)
                .query(Boolean.class).single();
    }
}
