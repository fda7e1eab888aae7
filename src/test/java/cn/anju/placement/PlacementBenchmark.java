package cn.anju.placement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuApplication;
import cn.anju.TestFamilies;
import cn.anju.application.Application;
import cn.anju.application.ApplicationRepository;
import cn.anju.application.District;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * mvn -Pbench verify -Dit.test=PlacementBenchmark: children placed per second by ChildPlacement
 * (school-entry DMN, seat ledger, transport, clinic, health checks, outcome with reasons, officers'
 * follow-up started) on H2, for families spread over the demo city's catchment streets, one thread
 * and four; beside it, a process of the same shape (a DMN and six no-op service tasks) in the same
 * engine, and the ratio.
 */
class PlacementBenchmark {

    private static final int N = Integer.getInteger("bench.children", 1000);
    private static final int WARMUP = 200;

    record Street(District district, String name) {
    }

    @Test
    void placementsPerSecond() throws Exception {
        try (var app = new SpringApplicationBuilder(AnjuApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:placement-bench;DB_CLOSE_DELAY=-1", "--server.port=0",
                "--anju.demo-users=false", "--logging.level.root=WARN", "--spring.jmx.enabled=false",
                "--anju.certificates.keystore=target/bench-signing.p12")) {
            var applications = app.getBean(ApplicationRepository.class);
            var engine = app.getBean(ProcessEngine.class);
            RuntimeService runtime = engine.getRuntimeService();
            List<Street> streets = streets();
            Random random = new Random(42);

            List<Application> warmup = families(applications, streets, random, WARMUP);
            List<Application> sequential = families(applications, streets, random, N);
            List<Application> parallel = families(applications, streets, random, N);
            Consumer<Application> place = family -> runtime.startProcessInstanceByKey("ChildPlacement",
                    family.reference(), Map.of("applicationId", family.id().toString(),
                            "childId", family.children().get(0).id().toString(), "district", family.district().key(),
                            "decisionDeadline", LocalDate.now().plusDays(15).toString()));
            run(warmup, place, 1);
            double anju1 = run(sequential, place, 1);
            double anju4 = run(parallel, place, 4);

            engine.getRepositoryService().createDeployment().addModelInstance("floor.bpmn", Bpmn
                    .createExecutableProcess("PlacementFloor").camundaHistoryTimeToLive(1).startEvent()
                    .serviceTask().camundaExpression("${true}")
                    .businessRuleTask().camundaDecisionRef("schoolEntry").camundaMapDecisionResult("singleEntry")
                    .camundaResultVariable("schoolEntry")
                    .serviceTask().camundaExpression("${true}").serviceTask().camundaExpression("${true}")
                    .serviceTask().camundaExpression("${true}").serviceTask().camundaExpression("${true}")
                    .serviceTask().camundaExpression("${true}").endEvent().done()).deploy();
            Consumer<Application> floor = family -> runtime.startProcessInstanceByKey("PlacementFloor",
                    Map.of("birthDate", family.children().get(0).birthDate().toString(), "schoolYearStart", 2026));
            run(warmup, floor, 1);
            double floor1 = run(sequential, floor, 1);
            double floor4 = run(parallel, floor, 4);

            var jdbc = app.getBean(JdbcClient.class);
            System.out.printf("%nBENCHMARK ChildPlacement, %d children per run (1 child per family, demo city), H2 in memory, %d cores%n",
                    N, Runtime.getRuntime().availableProcessors());
            System.out.printf("placements_per_s threads=1: %.0f   baseline %.0f   ratio %.2f%n", anju1, floor1, anju1 / floor1);
            System.out.printf("placements_per_s threads=4: %.0f   baseline %.0f   ratio %.2f%n", anju4, floor4, anju4 / floor4);
            System.out.println("seats by basis: " + jdbc.sql(
                    "select basis || '=' || count(*) from school_seat group by basis order by basis").query(String.class).list());
            System.out.println("transport: " + jdbc.sql(
                    "select kind || '=' || count(*) from transport_request group by kind order by kind").query(String.class).list());
            System.out.println("over capacity: " + jdbc.sql("select count(*) from school_grade_ledger where taken > capacity")
                    .query(Integer.class).single() + System.lineSeparator());
            assertThat(anju1).isPositive();
        }
    }

    /** Places every family's child on the given number of threads; placements per second. */
    private static double run(List<Application> families, Consumer<Application> place, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = thread; i < families.size(); i += threads) {
                        place.accept(families.get(i));
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return families.size() / ((System.nanoTime() - start) / 1e9);
    }

    /** Families on random catchment streets: children of 0-15 years, one in five without a vaccination certificate. */
    private static List<Application> families(ApplicationRepository applications, List<Street> streets, Random random,
                                              int count) {
        List<Application> families = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Street street = streets.get(random.nextInt(streets.size()));
            LocalDate birth = LocalDate.now().minusDays(365L * random.nextInt(16) + random.nextInt(365));
            families.add(TestFamilies.store(applications, street.district(), street.name() + " " + i + " 号",
                    random.nextInt(5) > 0, birth));
        }
        return families;
    }

    private static List<Street> streets() throws Exception {
        List<Street> streets = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                PlacementBenchmark.class.getResourceAsStream("/reference/catchments.csv"), StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(","))
                    .forEach(f -> streets.add(new Street(District.valueOf(f[0]), f[1])));
        }
        return streets;
    }
}
