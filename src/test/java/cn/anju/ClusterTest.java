package cn.anju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.anju.intake.ApplicationRequest;
import cn.anju.intake.IntakeService;
import cn.anju.notification.SentNotifications;
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
import org.junit.jupiter.api.Tag;
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
@Tag("resilience") // several nodes and a real PostgreSQL: mvn verify -Presilience (CI runs it)
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
            var family = TestFamilies.applicant(nodeA);
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<?>> submissions = new ArrayList<>();
            for (int i = 0; i < APPLICATIONS; i++) {
                IntakeService intake = intakes.get(i % 2);
                submissions.add(clients.submit(() -> intake.submit(family, UUID.randomUUID().toString(), request)));
            }
            for (Future<?> submission : submissions) {
                submission.get(2, TimeUnit.MINUTES);
            }
            clients.shutdown();

            JdbcClient db = nodeA.getBean(JdbcClient.class);
            EachCaseOnce.awaitEnded(db, APPLICATIONS, Duration.ofMinutes(10));
            EachCaseOnce.assertNothingTwice(db, APPLICATIONS);
            List<String> hosts = db.sql("select distinct hostname_ from act_hi_job_log where job_state_ = 2")
                    .query(String.class).list();
            assertThat(hosts).containsExactlyInAnyOrder("node-a", "node-b");
            assertThat(db.sql("select count(*) from act_ru_incident").query(Long.class).single()).isZero();
            for (String host : hosts) {
                System.out.printf("cluster: %s ran %d jobs%n", host, EachCaseOnce.jobsRunBy(db, host));
            }
            // Both nodes' dispatchers claim batches from one outbox: every message sent, none twice.
            await().atMost(Duration.ofMinutes(2)).until(() -> SentNotifications.unsent(nodeA) == 0);
            long messages = db.sql("select count(*) from notification_outbox where status = 'SENT'").query(Long.class).single();
            assertThat(messages).isGreaterThanOrEqualTo(3L * APPLICATIONS);
            List<String> sent = new ArrayList<>(SentNotifications.smsTexts(nodeA));
            sent.addAll(SentNotifications.smsTexts(nodeB));
            assertThat(sent).hasSize((int) messages).doesNotHaveDuplicates();
            System.out.printf("cluster: notifications sent by node-a %d, node-b %d%n",
                    SentNotifications.smsTexts(nodeA).size(), SentNotifications.smsTexts(nodeB).size());
        }
    }

    private static ConfigurableApplicationContext node(EmbeddedPostgres postgres, String name) {
        return new SpringApplicationBuilder(AnjuApplication.class).profiles("postgres").run(
                "--ANJU_DB_PORT=" + postgres.getPort(), "--ANJU_DB_NAME=postgres", "--ANJU_DB_USER=postgres",
                "--ANJU_DB_PASSWORD=postgres", "--server.port=0", "--spring.jmx.enabled=false",
                "--camunda.bpm.process-engine-name=" + name.replace("-", ""), "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.history-level=full",
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                cn.anju.TestKeys.PERSONAL_DATA_ARG, "--ANJU_KEYSTORE=target/cluster-signing.p12", "--ANJU_KEYSTORE_PASSWORD=test-only",
                "--anju.certificates.create-development-key=true", "--ANJU_PUBLIC_URL=https://anju.example",
                "--ANJU_HOUSING_REGISTRY_FILE=classpath:reference/housing-registry.csv",
                "--anju.decision.sample-rate=0", "--anju.placement.schools=file:" + TestCity.roomySchools(),
                "--anju.test.record-sms=true", "--anju.notifications.sms.enabled=true",
                "--anju.notifications.email.enabled=false", "--anju.notifications.dispatch-interval=200ms",
                "--logging.level.root=WARN");
    }
}
