package cn.anju;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * mvn -Pbench verify -Dit.test=LoadBenchmark: 50 concurrent HTTP clients submit straight-through
 * applications (each then placed and certified by the job executor while the load goes on) to one node
 * on H2; submission latency p50/p95/p99 and the node's heap under that load. Beside it, the same 50
 * clients on an authenticated read of the same server (GET of one application's status) once the
 * node is idle again.
 */
class LoadBenchmark {

    private static final int CLIENTS = 50;
    private static final int PER_CLIENT = Integer.getInteger("bench.requests-per-client", 20);

    @Test
    void submissionLatencyAtFiftyClients() throws Exception {
        try (var app = new SpringApplicationBuilder(AnjuApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:load;DB_CLOSE_DELAY=-1", "--server.port=0",
                "--spring.jmx.enabled=false", "--logging.level.root=WARN", "--camunda.bpm.webapp.enabled=false",
                "--anju.decision.sample-rate=0", "--anju.certificates.keystore=target/bench-signing.p12",
                "--anju.placement.schools=file:" + TestCity.roomySchools())) {
            int port = app.getEnvironment().getProperty("local.server.port", Integer.class);
            String body = new ObjectMapper().writeValueAsString(TestApplications.registeredLease());
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String auth = "Basic " + Base64.getEncoder().encodeToString("family:family".getBytes(StandardCharsets.UTF_8));
            IntFunction<HttpRequest> submit = i -> HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/applications"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(60)).build();

            HttpResponse<String> first = http.send(submit.apply(0), HttpResponse.BodyHandlers.ofString());
            String id = new ObjectMapper().readTree(first.body()).get("id").asText();
            IntFunction<HttpRequest> status = i -> HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/applications/" + id)).header("Authorization", auth).timeout(Duration.ofSeconds(60)).build();

            load(http, submit, 5); // warm-up
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong();
            AtomicBoolean sampling = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (sampling.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            long t0 = System.nanoTime();
            double[] submissions = load(http, submit, PER_CLIENT);
            double seconds = (System.nanoTime() - t0) / 1e9;
            JdbcClient db = app.getBean(JdbcClient.class);
            long expected = 1 + (long) CLIENTS * (5 + PER_CLIENT);
            while (db.sql("select count(*) from act_hi_procinst where proc_def_key_ = 'ResidencyApplication'"
                    + " and end_time_ is not null").query(Long.class).single() < expected) {
                Thread.sleep(100);
            }
            double drained = (System.nanoTime() - t0) / 1e9;
            sampling.set(false);
            sampler.join();
            double[] reads = load(http, status, PER_CLIENT); // on an idle node: the HTTP floor at 50 clients

            long stored = db.sql("select count(*) from application").query(Long.class).single();
            System.gc();
            long heapAfter = memory.getHeapMemoryUsage().getUsed();
            System.out.printf("%nBENCHMARK %d HTTP clients x %d submissions each, one node, H2 in memory, %d cores%n",
                    CLIENTS, PER_CLIENT, Runtime.getRuntime().availableProcessors());
            System.out.printf("submission_ms p50=%.0f p95=%.0f p99=%.0f max=%.0f (%.0f submissions/s while the jobs run)%n",
                    pct(submissions, 50), pct(submissions, 95), pct(submissions, 99), submissions[submissions.length - 1],
                    submissions.length / seconds);
            System.out.printf("all %d applications approved, children placed and certificates signed %.0f s after the"
                    + " first submission (%.1f applications/s)%n", CLIENTS * PER_CLIENT, drained,
                    CLIENTS * PER_CLIENT / drained);
            System.out.printf("baseline status_read_ms p50=%.0f p95=%.0f p99=%.0f; ratio p50 %.1f%n", pct(reads, 50),
                    pct(reads, 95), pct(reads, 99), pct(submissions, 50) / pct(reads, 50));
            System.out.printf("heap_mb before=%.0f peak=%.0f after_gc=%.0f (max %.0f; the JVM also runs the 50 clients)%n%n",
                    heapBefore / 1e6, peak.get() / 1e6, heapAfter / 1e6, memory.getHeapMemoryUsage().getMax() / 1e6);
            assertThat(stored).isEqualTo(expected);
        }
    }

    /** Each of the clients sends its requests one after the other; sorted latencies in ms; every answer 2xx. */
    private static double[] load(HttpClient http, IntFunction<HttpRequest> request, int perClient) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<double[]>> results = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            results.add(clients.submit(() -> {
                double[] times = new double[perClient];
                for (int i = 0; i < perClient; i++) {
                    long t = System.nanoTime();
                    int code = http.send(request.apply(i), HttpResponse.BodyHandlers.ofString()).statusCode();
                    times[i] = (System.nanoTime() - t) / 1e6;
                    if (code / 100 != 2) {
                        throw new IllegalStateException("HTTP " + code);
                    }
                }
                return times;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<double[]> f : results) {
            for (double t : f.get(10, TimeUnit.MINUTES)) {
                all.add(t);
            }
        }
        clients.shutdown();
        double[] sorted = all.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }
}
