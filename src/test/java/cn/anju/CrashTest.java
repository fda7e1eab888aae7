package cn.anju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.anju.security.Role;
import cn.anju.security.UserDirectory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node dies (kill -9 of its JVM) while it holds locked jobs and answers requests; the other node
 * takes its jobs over once their locks expire (10 s here, 60 s in the application) and families
 * retry what got no answer, with the same Idempotency-Key, against the survivor. Every application a
 * family submitted exists once and reaches its certificates; no seat, certificate or decision happens
 * twice; every job succeeded exactly once.
 */
class CrashTest {

    private static final int APPLICATIONS = 60;
    private static final String LOCK_TIME = "--camunda.bpm.job-execution.lock-time-in-millis=10000";

    @Test
    void aKilledNodesWorkIsTakenOverAndNothingIsLostOrDoneTwice() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext survivor = survivor(postgres)) {
            survivor.getBean(UserDirectory.class).create("family", "family-pw", "Li", "Family", Role.APPLICANT, null);
            int port = freePort();
            Process doomed = startNode(postgres, port);
            try {
                awaitUp(port);
                String body = new ObjectMapper().writeValueAsString(TestApplications.registeredLease());
                JdbcClient db = survivor.getBean(JdbcClient.class);
                String survivorOwner = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) survivor
                        .getBean(org.camunda.bpm.engine.ProcessEngine.class).getProcessEngineConfiguration())
                        .getJobExecutor().getLockOwner();
                // Four families' clients submit at once; the node is killed while requests are in flight and it
                // holds locked jobs.
                List<String> unanswered = java.util.Collections.synchronizedList(new ArrayList<>());
                var answered = new java.util.concurrent.atomic.AtomicInteger();
                var clients = java.util.concurrent.Executors.newFixedThreadPool(4);
                for (int i = 0; i < APPLICATIONS; i++) {
                    String key = UUID.randomUUID().toString();
                    clients.submit(() -> {
                        if (submit(port, key, body) == 201) {
                            answered.incrementAndGet();
                        } else {
                            unanswered.add(key);
                        }
                        return null;
                    });
                }
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5)).until(() ->
                        answered.get() >= APPLICATIONS / 2 && !lockedBy(db, survivorOwner, false).isEmpty());
                doomed.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no goodbye
                List<String> orphaned = lockedBy(db, survivorOwner, false);
                clients.shutdown();
                assertThat(clients.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
                assertThat(doomed.isAlive()).as("the node was killed").isFalse();
                assertThat(orphaned).as("jobs the killed node had locked").isNotEmpty();

                // The families retry what got no answer, at the survivor, with the same key.
                int survivorPort = survivor.getEnvironment().getProperty("local.server.port", Integer.class);
                int alreadyStored = 0;
                for (String key : unanswered) {
                    int status = submit(survivorPort, key, body);
                    assertThat(status).isIn(200, 201);
                    alreadyStored += status == 200 ? 1 : 0;
                }
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> db.sql(
                        "select count(*) from act_hi_procinst where proc_def_key_ = 'ResidencyApplication' and end_time_ is not null")
                        .query(Long.class).single() == APPLICATIONS);

                assertThat(db.sql("select count(*) from idempotency_key").query(Long.class).single()).isEqualTo(APPLICATIONS);
                assertThat(db.sql("select count(*) from application where status = 'APPROVED'").query(Long.class).single())
                        .isEqualTo(APPLICATIONS);
                assertThat(db.sql("select count(*) from status_event where type = 'APPROVED'").query(Long.class).single())
                        .isEqualTo(APPLICATIONS);
                assertThat(db.sql("select count(*) from status_event where type = 'CHILD_PLACED'").query(Long.class).single())
                        .isEqualTo(2L * APPLICATIONS);
                assertThat(db.sql("select count(*) from school_seat where status = 'TAKEN'").query(Long.class).single())
                        .isEqualTo(2L * APPLICATIONS);
                assertThat(db.sql("""
                        select count(*) from school_grade_ledger l where l.taken <> (select count(*) from school_seat s
                          where s.school_code = l.school_code and s.school_year = l.school_year and s.grade = l.grade
                          and s.status in ('HELD', 'TAKEN'))""").query(Long.class).single()).isZero();
                assertThat(db.sql("select count(*) from certificate where status = 'VALID'").query(Long.class).single())
                        .isEqualTo(5L * APPLICATIONS);
                assertThat(db.sql("""
                        select job_id_ from act_hi_job_log where job_state_ = 2 and job_def_type_ <> 'history-cleanup'
                        group by job_id_ having count(*) > 1""").query(String.class).list()).isEmpty();
                // What the dead node had locked, the survivor ran once the locks expired.
                for (String job : orphaned) {
                    assertThat(db.sql("select hostname_ from act_hi_job_log where job_id_ = ? and job_state_ = 2").param(job)
                            .query(String.class).list()).as("job " + job).containsExactly("node-b");
                }
                System.out.printf("crash: %d jobs locked by the killed node taken over; %d requests unanswered and"
                                + " retried (%d had been stored: 200 with the same application); jobs run by the killed"
                                + " node %d, by the survivor %d%n", orphaned.size(), unanswered.size(), alreadyStored,
                        jobsRunBy(db, "node-a"), jobsRunBy(db, "node-b"));
                assertThat(jobsRunBy(db, "node-a")).as("the killed node had worked").isPositive();
            } finally {
                doomed.destroyForcibly();
            }
        }
    }

    /** Ids of the jobs locked now by the given owner, or (mine = false) by anyone else. */
    private static List<String> lockedBy(JdbcClient db, String owner, boolean mine) {
        return db.sql("select id_ from act_ru_job where lock_owner_ is not null and (lock_owner_ = ?) = ?")
                .params(owner, mine).query(String.class).list();
    }

    private static long jobsRunBy(JdbcClient db, String host) {
        return db.sql("select count(*) from act_hi_job_log where job_state_ = 2 and hostname_ = ?").param(host)
                .query(Long.class).single();
    }

    private static List<String> nodeArguments(EmbeddedPostgres postgres, String name) {
        return List.of("--spring.profiles.active=postgres", "--ANJU_DB_PORT=" + postgres.getPort(),
                "--ANJU_DB_NAME=postgres", "--ANJU_DB_USER=postgres", "--ANJU_DB_PASSWORD=postgres",
                "--spring.jmx.enabled=false", "--camunda.bpm.process-engine-name=" + name.replace("-", ""),
                "--camunda.bpm.webapp.enabled=false", "--camunda.bpm.history-level=full",
                "--camunda.bpm.generic-properties.properties.hostname=" + name, LOCK_TIME,
                "--ANJU_KEYSTORE=target/crash-signing.p12", "--ANJU_KEYSTORE_PASSWORD=test-only",
                "--anju.certificates.create-development-key=true", "--ANJU_PUBLIC_URL=https://anju.example",
                "--ANJU_HOUSING_REGISTRY_FILE=classpath:reference/housing-registry.csv",
                "--anju.decision.sample-rate=0", "--anju.placement.schools=file:" + TestCity.roomySchools(),
                "--logging.level.root=WARN");
    }

    private static ConfigurableApplicationContext survivor(EmbeddedPostgres postgres) {
        List<String> args = new ArrayList<>(nodeArguments(postgres, "node-b"));
        args.add("--server.port=0");
        return new SpringApplicationBuilder(AnjuApplication.class).run(args.toArray(String[]::new));
    }

    /** The doomed node: a JVM of its own on the test classpath, so that it can be killed. */
    private static Process startNode(EmbeddedPostgres postgres, int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), AnjuApplication.class.getName()));
        command.addAll(nodeArguments(postgres, "node-a"));
        command.add("--server.port=" + port);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File("target/crash-node-a.log")).start();
    }

    private static void awaitUp(int port) {
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() ->
                http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
    }

    /** The HTTP status, or -1 when the node is gone before it answered. */
    private static int submit(int port, String key, String body) throws InterruptedException {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/applications"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "family:family-pw".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        } catch (ConnectException | java.net.http.HttpTimeoutException gone) {
            return -1;
        } catch (IOException reset) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
