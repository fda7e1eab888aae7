package cn.anju.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuApplication;
import cn.anju.TestFamilies;
import cn.anju.application.ApplicationRepository;
import cn.anju.application.District;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * mvn -Pbench verify -Dit.test=NotificationDispatcherBenchmark: messages per second the dispatcher
 * sends (email encoded as SMTP carries it, SMS to the recording gateway, every outcome written), three
 * messages per case as a straight-through case has them. Rounds alternate between the configured batch
 * and the baseline of one row per claim (the claim, row and outcome statements of every message on
 * their own, as before batches), on H2 in memory. The old settings (50 rows per 2 s pass) capped the
 * dispatcher at 25 messages/s whatever its speed; the target is 90/s (3 messages x 30 cases/s).
 */
class NotificationDispatcherBenchmark {

    private static final int CASES = Integer.getInteger("bench.families", 300);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final List<Moment> PER_CASE = List.of(Moment.RECEIVED, Moment.APPROVED, Moment.CERTIFICATES_READY);

    @Test
    void messagesPerSecond() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AnjuApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:dispatcher;DB_CLOSE_DELAY=-1", "--server.port=0",
                "--anju.demo-users=false", "--logging.level.root=WARN", "--spring.jmx.enabled=false",
                "--camunda.bpm.webapp.enabled=false", "--camunda.bpm.job-execution.enabled=false",
                "--anju.certificates.keystore=target/bench-signing.p12",
                // The scheduled passes stay out of the way: the benchmark runs the passes itself.
                "--anju.notifications.dispatch-interval=1h", "--anju.notifications.email.enabled=true",
                "--anju.test.record-mail=true", "--anju.test.record-sms=true")) {
            List<UUID> families = families(app);
            NotificationProperties configured = app.getBean(NotificationProperties.class);
            NotificationDispatcher batched = app.getBean(NotificationDispatcher.class);
            NotificationDispatcher oneByOne = dispatcher(app, withBatch(configured, 1));
            RecordingMailSender mail = app.getBean(RecordingMailSender.class);

            double[] batchRates = new double[ROUNDS];
            double[] baseRates = new double[ROUNDS];
            for (int round = -1; round < ROUNDS; round++) {
                double batch = drain(app, batched, families, "b" + round);
                double base = drain(app, oneByOne, families, "o" + round);
                if (round >= 0) { // round -1 warms up
                    batchRates[round] = batch;
                    baseRates[round] = base;
                }
            }
            assertThat(mail.sent()).isEqualTo(2L * (ROUNDS + 1) * CASES * PER_CASE.size());
            System.out.printf("%nBENCHMARK notification dispatcher, %d messages per round, %d rounds, H2 in memory, %d cores%n",
                    CASES * PER_CASE.size(), ROUNDS, Runtime.getRuntime().availableProcessors());
            System.out.println("dispatcher_messages_per_s=" + median(batchRates) + " (batch of " + configured.batchSize()
                    + ", rounds " + spread(batchRates) + ")");
            System.out.println("dispatcher_baseline_messages_per_s=" + median(baseRates)
                    + " (one row per claim, rounds " + spread(baseRates) + "); old settings capped at 25");
            System.out.println();
        }
    }

    /** Adds three due messages per family and times passes until none is left; messages per second. */
    private static double drain(ConfigurableApplicationContext app, NotificationDispatcher dispatcher, List<UUID> families,
                                String round) {
        NotificationOutbox outbox = app.getBean(NotificationOutbox.class);
        Instant due = Instant.now().minusSeconds(1);
        for (UUID family : families) {
            PER_CASE.forEach(moment -> outbox.add(family, moment, round, due));
        }
        long start = System.nanoTime();
        int sent = 0;
        while (sent < families.size() * PER_CASE.size()) {
            int pass = dispatcher.dispatch();
            if (pass == 0) {
                throw new IllegalStateException("a pass sent nothing with " + sent + " sent");
            }
            sent += pass;
        }
        return sent / ((System.nanoTime() - start) / 1e9);
    }

    private static List<UUID> families(ConfigurableApplicationContext app) {
        ApplicationRepository applications = app.getBean(ApplicationRepository.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            UUID id = TestFamilies.store(applications, District.FUTIAN, "莲花路 " + i + " 号", true,
                    TestFamilies.bornForGrade(1)).id();
            jdbc.sql("update application set email = ? where id = ?").params("family-" + i + "@example.com", id).update();
            ids.add(id);
        }
        return ids;
    }

    private static NotificationDispatcher dispatcher(ConfigurableApplicationContext app, NotificationProperties properties) {
        return new NotificationDispatcher(app.getBean(NotificationClaims.class), app.getBean(NotificationRenderer.class),
                new EmailChannel(app.getBean(RecordingMailSender.class), properties), app.getBean(SmsGateway.class),
                properties, app.getBean(Clock.class), new SimpleMeterRegistry(),
                app.getBean(PlatformTransactionManager.class));
    }

    private static NotificationProperties withBatch(NotificationProperties p, int batch) {
        return new NotificationProperties(p.dispatchInterval(), batch, p.maxAttempts(), p.backoff(), p.maxBackoff(),
                p.claimTimeout(), p.email(), p.sms());
    }

    private static long median(double[] rates) {
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        return Math.round(sorted[sorted.length / 2]);
    }

    private static String spread(double[] rates) {
        return Arrays.stream(rates).mapToObj(r -> Long.toString(Math.round(r))).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
