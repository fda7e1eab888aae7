package cn.anju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.anju.intake.ApplicationRequest;
import cn.anju.intake.IntakeService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A homogeneous Camunda cluster: two application nodes (two Spring contexts, each with its own job
 * executor) on one PostgreSQL, 500 straight-through applications with two children each submitted to
 * both. Every application is decided once, every child placed once, no seat counted twice, no
 * certificate issued twice, every job executed successfully exactly once, and both nodes did work.
 * The nodes keep full history here (not the application's default), so that the engine's job log
 * says which node ran each job.
 */
class ClusterTest {

    private static final int APPLICATIONS = Integer.getInteger("cluster.applications", 500);

    @Test
    void twoNodesShareTheWorkAndDoNothingTwice() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             var nodeA = node(postgres, "node-a");
             var nodeB = node(postgres, "node-b")) {
            var request = new ObjectMapper().registerModule(new JavaTimeModule())
                    .convertValue(TestApplications.registeredLease(), ApplicationRequest.class);
            List<IntakeService> intakes = List.of(nodeA.getBean(IntakeService.class), nodeB.getBean(IntakeService.class));
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<?>> submissions = new ArrayList<>();
            for (int i = 0; i < APPLICATIONS; i++) {
                IntakeService intake = intakes.get(i % 2);
                submissions.add(clients.submit(() -> intake.submit("family", UUID.randomUUID().toString(), request)));
            }
            for (Future<?> submission : submissions) {
                submission.get(2, TimeUnit.MINUTES);
            }
            clients.shutdown();

            JdbcClient db = nodeA.getBean(JdbcClient.class);
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(2)).until(() -> db.sql(
                    "select count(*) from act_hi_procinst where proc_def_key_ = 'ResidencyApplication' and end_time_ is not null")
                    .query(Long.class).single() == APPLICATIONS);

            assertThat(db.sql("select count(*) from application where status = 'APPROVED'").query(Long.class).single())
                    .isEqualTo(APPLICATIONS);
            // Each application decided once, each child placed once.
            assertThat(db.sql("select count(*) from status_event where type = 'APPROVED'").query(Long.class).single())
                    .isEqualTo(APPLICATIONS);
            assertThat(db.sql("select count(*) from status_event where type = 'CHILD_PLACED'").query(Long.class).single())
                    .isEqualTo(2L * APPLICATIONS);
            // One seat per child, and the ledger counts exactly the seats it gave.
            assertThat(db.sql("select count(*) from school_seat where status = 'TAKEN'").query(Long.class).single())
                    .isEqualTo(2L * APPLICATIONS);
            assertThat(db.sql("""
                    select count(*) from school_grade_ledger l where l.taken <> (select count(*) from school_seat s
                      where s.school_code = l.school_code and s.school_year = l.school_year and s.grade = l.grade
                      and s.status in ('HELD', 'TAKEN'))""").query(Long.class).single()).isZero();
            assertThat(db.sql("""
                    select count(*) from clinic_ledger l where l.registered <> (select count(*) from clinic_registration r
                      where r.clinic_code = l.clinic_code and r.status in ('HELD', 'REGISTERED'))""")
                    .query(Long.class).single()).isZero();
            // Five certificates per family (the residence certificate, a school letter and a clinic card per child), none twice.
            assertThat(db.sql("select count(*) from certificate where status = 'VALID'").query(Long.class).single())
                    .isEqualTo(5L * APPLICATIONS);
            assertThat(db.sql("""
                    select count(*) from (select application_id, kind, subject from certificate
                      group by application_id, kind, subject having count(*) > 1) twice""").query(Long.class).single())
                    .isZero();
            // Every job of the cases succeeded exactly once (history cleanup is one job that runs again and
            // again in its nightly window); both nodes ran jobs; nothing is left failing.
            assertThat(db.sql("""
                    select job_def_type_ || ' ' || coalesce(act_id_, '') || ' ' || job_id_ from act_hi_job_log
                    where job_state_ = 2 and job_def_type_ <> 'history-cleanup'
                    group by job_id_, job_def_type_, act_id_ having count(*) > 1""").query(String.class).list())
                    .isEmpty();
            List<String> hosts = db.sql("select distinct hostname_ from act_hi_job_log where job_state_ = 2")
                    .query(String.class).list();
            assertThat(hosts).containsExactlyInAnyOrder("node-a", "node-b");
            assertThat(db.sql("select count(*) from act_ru_incident").query(Long.class).single()).isZero();
            for (String host : hosts) {
                System.out.printf("cluster: %s ran %d jobs%n", host, db.sql(
                        "select count(*) from act_hi_job_log where job_state_ = 2 and hostname_ = ?").param(host)
                        .query(Long.class).single());
            }
        }
    }

    private static ConfigurableApplicationContext node(EmbeddedPostgres postgres, String name) {
        return new SpringApplicationBuilder(AnjuApplication.class).profiles("postgres").run(
                "--ANJU_DB_PORT=" + postgres.getPort(), "--ANJU_DB_NAME=postgres", "--ANJU_DB_USER=postgres",
                "--ANJU_DB_PASSWORD=postgres", "--server.port=0", "--spring.jmx.enabled=false",
                "--camunda.bpm.process-engine-name=" + name.replace("-", ""), "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.history-level=full",
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--ANJU_KEYSTORE=target/cluster-signing.p12", "--ANJU_KEYSTORE_PASSWORD=test-only",
                "--anju.certificates.create-development-key=true", "--ANJU_PUBLIC_URL=https://anju.example",
                "--ANJU_HOUSING_REGISTRY_FILE=classpath:reference/housing-registry.csv",
                "--anju.decision.sample-rate=0", "--anju.placement.schools=file:" + TestCity.roomySchools(),
                "--logging.level.root=WARN");
    }
}
