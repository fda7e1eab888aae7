package cn.anju.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.TestKeys;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows written before V16 are sealed at start-up, once, on both databases, and read back the same. */
class PlainColumnsSealerTest {

    private static final String PARENT = "360426199101010071";
    private static final String CHILD = "110105201905020019";
    private static final String PHONE = "13800138000";

    @Test
    void onH2() throws Exception {
        var h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:mem:plain-columns-sealer;DB_CLOSE_DELAY=-1");
        sealsOnce(h2);
    }

    @Test
    void onPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            sealsOnce(postgres.getPostgresDatabase());
        }
    }

    private static void sealsOnce(DataSource dataSource) throws Exception {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("15").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        UUID application = plainCase(jdbc);

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        var sealed = new SealedColumns(new PersonalDataProperties(TestKeys.PERSONAL_DATA, null, false));
        var sealer = new PlainColumnsSealer(jdbc, sealed);
        sealer.run(null);

        assertThat(jdbc.sql("select count(*) from applicant where resident_id is not null or phone is not null")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from child where resident_id is not null").query(Long.class).single())
                .isZero();
        String sealedId = jdbc.sql("select resident_id_sealed from applicant").query(String.class).single();
        assertThat(sealedId).doesNotContain(PARENT);
        assertThat(jdbc.sql("select resident_id_hash from child").query(String.class).single())
                .isEqualTo(sealed.lookupHash(CHILD));

        assertThat(sealer.seal("applicant", "phone") + sealer.seal("child", "null")).as("a second run").isZero();
        assertThat(jdbc.sql("select resident_id_sealed from applicant").query(String.class).single())
                .isEqualTo(sealedId);

        var repository = new ApplicationRepository(jdbc, Clock.systemUTC(), sealed);
        Application loaded = repository.findById(application).orElseThrow();
        assertThat(loaded.applicants().get(0).residentId()).isEqualTo(PARENT);
        assertThat(loaded.applicants().get(0).phone()).isEqualTo(PHONE);
        assertThat(loaded.children().get(0).residentId()).isEqualTo(CHILD);
        assertThat(repository.applicationsWithChild(CHILD.toLowerCase())).containsExactly(application);
    }

    /** An application as V1 to V15 stored it: the numbers in plain columns. */
    private static UUID plainCase(JdbcClient jdbc) {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 20, 4, 0, 0, 0, ZoneOffset.UTC);
        jdbc.sql("""
                insert into application (id, reference, owner_account, city, district, arrival_date, address_line,
                    address_district, status, stage, submitted_at, updated_at)
                values (?, 'AJ-2026-PLAIN001', ?, 'Shenzhen', 'FUTIAN', ?, 'line', 'FUTIAN', 'IN_REVIEW', 'SUBMITTED', ?, ?)""")
                .params(id, UUID.randomUUID(), LocalDate.of(2026, 11, 20), at, at).update();
        jdbc.sql("""
                insert into applicant (id, application_id, position, full_name, resident_id, sex, birth_date, phone,
                    relationship)
                values (?, ?, 0, '李建国', ?, 'M', ?, ?, 'FATHER')""")
                .params(UUID.randomUUID(), id, PARENT, LocalDate.of(1991, 1, 1), PHONE).update();
        jdbc.sql("""
                insert into child (id, application_id, position, full_name, resident_id, sex, birth_date,
                    has_vaccination_certificate)
                values (?, ?, 0, '李小明', ?, 'M', ?, true)""")
                .params(UUID.randomUUID(), id, CHILD, LocalDate.of(2019, 5, 2)).update();
        jdbc.sql("insert into housing_evidence (application_id, type) values (?, 'LEASE')").param(id).update();
        return id;
    }
}
