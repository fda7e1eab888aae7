package cn.anju;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.intake.ApplicationRequest;
import cn.anju.intake.IntakeService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * mvn -Pbench verify -Dit.test=ThroughputBenchmark: straight-through applications per second (two
 * children placed, five certificates signed) on H2 with one node, and on PostgreSQL with one and two
 * nodes; beside each, the engine-only floor on the same nodes: a process of as many asynchronous
 * no-op steps as a case has jobs.
 */
class ThroughputBenchmark {

    private static final int N = Integer.getInteger("bench.applications", 200);
    private static final int JOBS_PER_CASE = 8;
    /** Extra node arguments to compare settings, e.g. -Dbench.node-args=--camunda.bpm.job-execution.core-pool-size=6 */
    private static final String NODE_ARGS = System.getProperty("bench.node-args", "");
    /** Which runs: h2, postgres or both (h2,postgres). */
    private static final String DATABASES = System.getProperty("bench.databases", "h2,postgres");

    @Test
    void applicationsPerSecondOnOneAndTwoNodes() throws Exception {
        List<String> lines = new ArrayList<>();
        if (DATABASES.contains("h2")) {
            try (var h2 = node(List.of("--spring.datasource.url=jdbc:h2:mem:throughput;DB_CLOSE_DELAY=-1"), "h2")) {
                lines.add(measure("H2, 1 node", List.of(h2)));
            }
        }
        if (DATABASES.contains("postgres")) {
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            List<String> pg = List.of("--spring.profiles.active=postgres", "--ANJU_DB_PORT=" + postgres.getPort(),
                    "--ANJU_DB_NAME=postgres", "--ANJU_DB_USER=postgres", "--ANJU_DB_PASSWORD=postgres",
                    "--ANJU_PUBLIC_URL=https://anju.example",
                    "--ANJU_HOUSING_REGISTRY_FILE=classpath:reference/housing-registry.csv");
            try (var a = node(pg, "pga")) {
                lines.add(measure("PostgreSQL, 1 node", List.of(a)));
                try (var b = node(pg, "pgb")) {
                    lines.add(measure("PostgreSQL, 2 nodes", List.of(a, b)));
                }
            }
            }
        }
        System.out.printf("%nBENCHMARK straight-through throughput, %d applications x 2 children per run, %d cores%s%n",
                N, Runtime.getRuntime().availableProcessors(), NODE_ARGS.isBlank() ? "" : ", " + NODE_ARGS);
        lines.forEach(System.out::println);
        System.out.println();
    }

    private static ConfigurableApplicationContext node(List<String> database, String name) {
        List<String> args = new ArrayList<>(database);
        args.addAll(List.of("--server.port=0", "--spring.jmx.enabled=false", "--logging.level.root=WARN",
                "--camunda.bpm.process-engine-name=" + name, "--camunda.bpm.webapp.enabled=false",
                "--anju.demo-users=false", "--anju.decision.sample-rate=0",
                "--anju.certificates.keystore=target/bench-signing.p12", "--anju.certificates.create-development-key=true",
                "--anju.certificates.keystore-password=anju-development-only",
                "--anju.placement.schools=file:" + TestCity.roomySchools()));
        for (String extra : NODE_ARGS.split(",")) {
            if (!extra.isBlank()) {
                args.add(extra.trim());
            }
        }
        return new SpringApplicationBuilder(AnjuApplication.class).run(args.toArray(String[]::new));
    }

    /** Applications per second through the nodes (submissions spread over them), and the floor beside it. */
    private static String measure(String label, List<ConfigurableApplicationContext> nodes) throws Exception {
        var request = new ObjectMapper().registerModule(new JavaTimeModule())
                .convertValue(TestApplications.registeredLease(), ApplicationRequest.class);
        JdbcClient db = nodes.get(0).getBean(JdbcClient.class);
        ProcessEngine engine = nodes.get(0).getBean(ProcessEngine.class);
        var family = TestFamilies.applicant(nodes.get(0));
        run(nodes, db, "ResidencyApplication", Math.max(10, N / 10),
                (node, i) -> node.getBean(IntakeService.class).submit(family, UUID.randomUUID().toString(), request));
        double anju = run(nodes, db, "ResidencyApplication", N,
                (node, i) -> node.getBean(IntakeService.class).submit(family, UUID.randomUUID().toString(), request));

        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("JobFloor").count() == 0) {
            AbstractFlowNodeBuilder<?, ?> floor = Bpmn.createExecutableProcess("JobFloor").camundaHistoryTimeToLive(1)
                    .startEvent().camundaAsyncAfter();
            for (int i = 1; i < JOBS_PER_CASE; i++) {
                floor = floor.serviceTask().camundaAsyncBefore().camundaExpression("${true}");
            }
            engine.getRepositoryService().createDeployment().addModelInstance("floor.bpmn", floor.endEvent().done())
                    .deploy();
        }
        run(nodes, db, "JobFloor", Math.max(10, N / 10),
                (node, i) -> node.getBean(ProcessEngine.class).getRuntimeService().startProcessInstanceByKey("JobFloor"));
        double floor = run(nodes, db, "JobFloor", N,
                (node, i) -> node.getBean(ProcessEngine.class).getRuntimeService().startProcessInstanceByKey("JobFloor"));
        assertThat(anju).isPositive();
        return String.format("%-22s applications_per_s=%.1f   floor (%d async no-op steps) %.1f/s   ratio %.2f",
                label + ":", anju, JOBS_PER_CASE, floor, anju / floor);
    }

    interface Start {
        void start(ConfigurableApplicationContext node, int i);
    }

    /** Starts n cases round-robin over the nodes, waits until all have ended; cases per second. */
    private static double run(List<ConfigurableApplicationContext> nodes, JdbcClient db, String process, int n, Start start)
            throws InterruptedException {
        long endedBefore = ended(db, process);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            start.start(nodes.get(i % nodes.size()), i);
        }
        long giveUp = t0 + 900_000_000_000L;
        while (ended(db, process) < endedBefore + n) {
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException(process + " did not finish within 15 minutes");
            }
            Thread.sleep(20);
        }
        return n / ((System.nanoTime() - t0) / 1e9);
    }

    private static long ended(JdbcClient db, String process) {
        return db.sql("select count(*) from act_hi_procinst where proc_def_key_ = ? and end_time_ is not null")
                .param(process).query(Long.class).single();
    }
}
