package cn.anju.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.application.District;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboard's SQL on both databases it must run on, H2 (default) and PostgreSQL (production): the same figures. */
class DashboardQueriesTest {

    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    @Test
    void onPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            figuresOf(postgres.getPostgresDatabase());
        }
    }

    @Test
    void onH2() {
        var h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:mem:dashboard-queries;DB_CLOSE_DELAY=-1");
        figuresOf(h2);
    }

    private static void figuresOf(javax.sql.DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        LocalDate today = LocalDate.of(2026, 11, 28);
        OffsetDateTime noon = today.atTime(12, 0).atZone(CITY).toOffsetDateTime();

        UUID approved = application(jdbc, "A1", "FUTIAN", "APPROVED", "CLOSED", noon.minusDays(4), Duration.ofDays(2),
                "automatic decision: the housing registry confirms the evidence", null);
        jdbc.sql("update application set decided_automatically = true where id = ?").param(approved).update();
        application(jdbc, "A2", "FUTIAN", "REJECTED", "CLOSED", noon.minusDays(3), Duration.ofDays(4), "no lease", null);
        application(jdbc, "A3", "FUTIAN", "IN_REVIEW", "EVIDENCE_REVIEW", noon.minusDays(2), null, null,
                today.minusDays(1));
        application(jdbc, "A4", "NANSHAN", "IN_REVIEW", "EVIDENCE_REVIEW", noon.minusDays(1), null, null,
                today.plusDays(2));
        application(jdbc, "A5", "FUTIAN", "APPROVED", "CLOSED", noon.minusDays(200), Duration.ofDays(9), "ok", null);
        UUID walker = child(jdbc, approved, 0, null);
        UUID rider = child(jdbc, approved, 1, "bus B1");
        jdbc.sql("insert into school_seat (child_id, application_id, district, school_year, grade, school_code, status, "
                + "basis, updated_at) values (?, ?, 'FUTIAN', 2026, 1, null, 'WAITLISTED', 'WAITLIST', ?)")
                .params(walker, approved, noon).update();
        jdbc.sql("insert into clinic_registration (child_id, application_id, district, clinic_code, status, basis, "
                + "updated_at) values (?, ?, 'FUTIAN', 'FT-C01', 'REGISTERED', 'NEAREST', ?)")
                .params(rider, approved, noon).update();
        jdbc.sql("insert into school_grade_ledger (school_code, school_year, grade, capacity, taken) values "
                + "('FT-P01', 2026, 1, 45, 2), ('FT-P01', 2026, 2, 45, 1), ('FT-P01', 2025, 1, 45, 40)").update();

        var queries = new DashboardQueries(jdbc, dataSource);
        var ledger = new PlacementLedgerQueries(jdbc);
        var futian = DashboardFilter.parse("Futian", null, null, today, CITY);
        var city = DashboardFilter.parse(null, null, null, today, CITY);

        assertThat(queries.statusAndStage(futian)).extracting(DashboardQueries.StatusStage::status,
                DashboardQueries.StatusStage::count, DashboardQueries.StatusStage::automatic)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("APPROVED", 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("REJECTED", 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple("IN_REVIEW", 1L, 0L));
        assertThat(queries.medianSecondsToDecision(futian)).isEqualTo(3 * 86_400.0);
        assertThat(queries.openCases(city)).extracting(DashboardQueries.OpenCases::district,
                DashboardQueries.OpenCases::open, DashboardQueries.OpenCases::dueSoon, DashboardQueries.OpenCases::overdue)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("FUTIAN", 1L, 0L, 1L),
                        org.assertj.core.groups.Tuple.tuple("NANSHAN", 1L, 1L, 0L));
        assertThat(ledger.seatsBySchool()).containsExactly(new PlacementFigures.SchoolLedger("FT-P01", 3, 90));
        assertThat(ledger.waitlist(futian)).containsExactly(new PlacementFigures.DistrictCount("FUTIAN", 1));
        assertThat(ledger.waitlist(DashboardFilter.parse("Nanshan", null, null, today, CITY))).isEmpty();
        assertThat(queries.schoolWay(futian)).isEqualTo(new Dashboard.SchoolWay(1, 1));
        assertThat(ledger.clinicRegistrations(futian)).containsExactly(new PlacementFigures.DistrictCount("FT-C01", 1));
        assertThat(queries.medianSecondsToDecision(DashboardFilter.parse(District.NANSHAN.name(), null, null, today,
                CITY))).isNull();
    }

    /** The account owning the applications inserted here. */
    static final UUID FAMILY = UUID.fromString("00000000-0000-4000-8000-0000000000fa");

    private static UUID application(JdbcClient jdbc, String reference, String district, String status, String stage,
                                    OffsetDateTime submitted, Duration toDecision, String reasons, LocalDate deadline) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into application (id, reference, owner_account, city, district, arrival_date, address_line,
                    address_district, status, stage, decision_deadline, decision_reasons, submitted_at, decided_at,
                    updated_at) values (?, ?, ?, 'Shenzhen', ?, ?, 'line', ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, reference, FAMILY, district, submitted.toLocalDate(), district, status, stage, deadline, reasons,
                        submitted, toDecision == null ? null : submitted.plus(toDecision), submitted)
                .update();
        return id;
    }

    private static UUID child(JdbcClient jdbc, UUID application, int position, String transport) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, application_id, position, full_name, resident_id, sex, birth_date,
                    has_vaccination_certificate, school_name, grade, transport) values (?, ?, ?, '孩子', '110105201905020019',
                    'M', ?, true, 'FT-P01', 1, ?)""")
                .params(id, application, position, LocalDate.of(2019, 5, 2), transport).update();
        return id;
    }
}
