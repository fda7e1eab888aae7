package cn.anju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.anju.security.Role;
import cn.anju.security.UserDirectory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
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
import java.util.Collections;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node dies (kill -9 of its JVM) while it holds locked jobs and answers requests. On PostgreSQL the
 * other node takes its jobs over once their locks expire (10 s here, 60 s in the application); on H2
 * the single node is restarted on the same database file and does the same. Families retry what got
 * no answer, with the same Idempotency-Key. Every application a family submitted exists once and
 * reaches its certificates; no seat, certificate or decision happens twice; every job succeeded
 * exactly once, the dead node's locked jobs by the node that took over.
 */
@Tag("resilience") // several nodes and a real PostgreSQL: mvn verify -Presilience (CI runs it)
class CrashTest {

    private static final int APPLICATIONS = 60;
    /** The family's password: the demo user's on H2, a policy-strong one where the test creates it. */
    private static volatile String familyPassword = "family";
    private static final String BODY = json(TestApplications.registeredLease());

    @Test
    void aKilledNodesWorkIsTakenOverAndNothingIsLostOrDoneTwice() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            List<String> database = List.of("--spring.profiles.active=postgres", "--ANJU_DB_PORT=" + postgres.getPort(),
                    "--ANJU_DB_NAME=postgres", "--ANJU_DB_USER=postgres", "--ANJU_DB_PASSWORD=postgres",
                    "--ANJU_PUBLIC_URL=https://anju.example",
                    "--ANJU_HOUSING_REGISTRY_FILE=classpath:reference/housing-registry.csv");
            try (ConfigurableApplicationContext survivor = inProcess(database, "node-b", 10_000)) {
                familyPassword = "family-lotus-4471";
                survivor.getBean(UserDirectory.class).create("family", familyPassword, "Li", "Family", Role.APPLICANT, null);
                JdbcClient db = survivor.getBean(JdbcClient.class);
                String survivorOwner = lockOwner(survivor);
                int port = freePort();
                Process doomed = ownJvm(database, "node-a", 10_000, port);
                try {
                    awaitUp(port);
                    List<String> unanswered = submitAndKill(port, doomed,
                            () -> !lockedBy(db, survivorOwner, false).isEmpty());
                    List<String> orphaned = lockedBy(db, survivorOwner, false);
                    assertThat(orphaned).as("jobs the killed node had locked").isNotEmpty();
                    int alreadyStored = retry(port(survivor), unanswered);
                    assertEverythingHappenedOnce(db, orphaned, "node-b");
                    report("PostgreSQL, survivor", orphaned, unanswered, alreadyStored, db);
                } finally {
                    doomed.destroyForcibly();
                }
            }
        }
    }

    @Test
    void aSingleNodeOnH2KilledAndRestartedLosesNothing() throws Exception {
        Path file = Path.of("target", "crash-h2-" + UUID.randomUUID(), "anju").toAbsolutePath();
        // The application's own H2 settings (application.yaml), on a file of the test's.
        List<String> database = List.of("--spring.datasource.url=jdbc:h2:file:" + file
                        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                "--anju.demo-users=true", "--anju.certificates.keystore=target/crash-h2-signing.p12");
        familyPassword = "family";
        int port = freePort();
        // Locks outlive the restart (30 s), so that the restarted node is seen taking over its own dead jobs.
        Process doomed = ownJvm(database, "node-a", 30_000, port);
        List<String> unanswered;
        try {
            awaitUp(port);
            unanswered = submitAndKill(port, doomed, () -> true);
        } finally {
            doomed.destroyForcibly().waitFor();
        }
        try (ConfigurableApplicationContext restarted = inProcess(database, "node-b", 30_000)) {
            JdbcClient db = restarted.getBean(JdbcClient.class);
            List<String> orphaned = lockedBy(db, lockOwner(restarted), false);
            assertThat(orphaned).as("jobs the killed node had locked").isNotEmpty();
            int alreadyStored = retry(port(restarted), unanswered);
            assertEverythingHappenedOnce(db, orphaned, "node-b");
            report("H2, restarted", orphaned, unanswered, alreadyStored, db);
        }
    }

    /**
     * Four families' clients submit at once to the doomed node; once half got their answer and the
     * condition holds, the node is killed with requests in flight. Returns the keys without an answer.
     */
    private static List<String> submitAndKill(int port, Process doomed, BooleanSupplier killWhen) throws Exception {
        List<String> unanswered = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger answered = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int i = 0; i < APPLICATIONS; i++) {
            String key = UUID.randomUUID().toString();
            clients.submit(() -> {
                if (submit(port, key) == 201) {
                    answered.incrementAndGet();
                } else {
                    unanswered.add(key);
                }
                return null;
            });
        }
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5)).until(() ->
                answered.get() >= APPLICATIONS / 2 && killWhen.getAsBoolean());
        doomed.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no goodbye
        clients.shutdown();
        assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        assertThat(doomed.isAlive()).isFalse();
        return unanswered;
    }

    /** The families retry every unanswered submission with the same key; how many had been stored already (200). */
    private static int retry(int port, List<String> unanswered) throws InterruptedException {
        int alreadyStored = 0;
        for (String key : unanswered) {
            int status = submit(port, key);
            assertThat(status).isIn(200, 201);
            alreadyStored += status == 200 ? 1 : 0;
        }
        return alreadyStored;
    }

    private static void assertEverythingHappenedOnce(JdbcClient db, List<String> orphaned, String takeover) {
        assertThat(db.sql("select count(*) from idempotency_key").query(Long.class).single())
                .as("every submission the families made, answered or retried, is stored").isEqualTo(APPLICATIONS);
        EachCaseOnce.awaitEnded(db, APPLICATIONS, Duration.ofMinutes(5));
        EachCaseOnce.assertNothingTwice(db, APPLICATIONS);
        // Run by the node that took over (a case's job once, as checked above; the history cleanup job, if the
        // dead node held it during its nightly window, runs again and again).
        for (String job : orphaned) {
            assertThat(db.sql("select hostname_ from act_hi_job_log where job_id_ = ? and job_state_ = 2").param(job)
                    .query(String.class).list()).as("job " + job).isNotEmpty().containsOnly(takeover);
        }
        assertThat(EachCaseOnce.jobsRunBy(db, "node-a")).as("the killed node had worked").isPositive();
    }

    private static void report(String label, List<String> orphaned, List<String> unanswered, int alreadyStored,
                               JdbcClient db) {
        System.out.printf("crash (%s): %d jobs locked by the killed node taken over; %d requests unanswered and"
                        + " retried (%d had been stored: 200 with the same application); jobs run by the killed"
                        + " node %d, after it %d%n", label, orphaned.size(), unanswered.size(), alreadyStored,
                EachCaseOnce.jobsRunBy(db, "node-a"), EachCaseOnce.jobsRunBy(db, "node-b"));
    }

    /** Ids of the jobs locked now by the given owner, or (mine = false) by anyone else. */
    private static List<String> lockedBy(JdbcClient db, String owner, boolean mine) {
        return db.sql("select id_ from act_ru_job where lock_owner_ is not null and (lock_owner_ = ?) = ?")
                .params(owner, mine).query(String.class).list();
    }

    private static String lockOwner(ConfigurableApplicationContext node) {
        return ((ProcessEngineConfigurationImpl) node.getBean(ProcessEngine.class).getProcessEngineConfiguration())
                .getJobExecutor().getLockOwner();
    }

    private static int port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getProperty("local.server.port", Integer.class);
    }

    private static List<String> nodeArguments(List<String> database, String name, int lockMillis) {
        List<String> args = new ArrayList<>(database);
        args.addAll(List.of("--spring.jmx.enabled=false", "--camunda.bpm.process-engine-name=" + name.replace("-", ""),
                "--camunda.bpm.webapp.enabled=false", "--camunda.bpm.history-level=full",
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--camunda.bpm.job-execution.lock-time-in-millis=" + lockMillis,
                "--anju.certificates.keystore=target/crash-signing.p12",
                cn.anju.TestKeys.PERSONAL_DATA_ARG, "--anju.certificates.keystore-password=test-only", "--anju.certificates.create-development-key=true",
                "--anju.decision.sample-rate=0", "--anju.placement.schools=file:" + TestCity.roomySchools(),
                "--logging.level.root=WARN"));
        return args;
    }

    private static ConfigurableApplicationContext inProcess(List<String> database, String name, int lockMillis) {
        List<String> args = nodeArguments(database, name, lockMillis);
        args.add("--server.port=0");
        return new SpringApplicationBuilder(AnjuApplication.class).run(args.toArray(String[]::new));
    }

    /** A node in a JVM of its own on the test classpath, so that it can be killed. */
    private static Process ownJvm(List<String> database, String name, int lockMillis, int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), AnjuApplication.class.getName()));
        command.addAll(nodeArguments(database, name, lockMillis));
        command.add("--server.port=" + port);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File("target/crash-" + name + "-" + port + ".log")).start();
    }

    private static void awaitUp(int port) {
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() ->
                http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
    }

    /** The HTTP status, or -1 when the node is gone before it answered. */
    private static int submit(int port, String key) throws InterruptedException {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/applications"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("family:" + familyPassword).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        } catch (IOException gone) {
            return -1;
        }
    }

    private static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
