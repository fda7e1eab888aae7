package cn.anju.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuApplication;
import cn.anju.TestApplications;
import cn.anju.intake.ApplicationRequest;
import cn.anju.intake.IntakeService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * mvn -Pbench verify: N applications with two children each through the whole ResidencyApplication
 * process on H2 (domain tables, DMN, automatic placement on the seat ledger, tasks completed as staff
 * would, certificate PDFs rendered), then
 * the same shape on the bare engine with no-op delegates, in the same JVM, and the ratio.
 */
class ResidencyBenchmark {

    private static final int N = Integer.getInteger("bench.applications", 200);
    private static final int WARMUP = Math.max(10, N / 10);

    @Test
    void applicationsPerSecond() throws Exception {
        double baseline = baseline(); // first: nothing of the Spring context may still run beside it
        double anju = anju();
        System.out.printf("%nBENCHMARK ResidencyApplication, %d applications x 2 children, H2 in memory, %d cores%n",
                N, Runtime.getRuntime().availableProcessors());
        System.out.printf("applications_per_s=%.1f%n", anju);
        System.out.printf("baseline_applications_per_s=%.1f (engine only, no-op delegates)%n", baseline);
        System.out.printf("ratio=%.2f (anju / baseline)%n%n", anju / baseline);
        assertThat(anju).isPositive();
    }

    private double anju() throws Exception {
        try (var app = new SpringApplicationBuilder(AnjuApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "--server.port=0",
                "--anju.demo-users=false", "--logging.level.root=WARN", "--spring.jmx.enabled=false",
                "--anju.certificates.keystore=target/bench-signing.p12")) {
            IntakeService intake = app.getBean(IntakeService.class);
            ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
            ApplicationRequest request = json.convertValue(TestApplications.twoChildren(), ApplicationRequest.class);
            var family = cn.anju.TestFamilies.applicant(app);
            IntConsumer submit = i -> intake.submit(family, UUID.randomUUID().toString(), request);
            return run(app.getBean(ProcessEngine.class), submit);
        }
    }

    private double baseline() throws InterruptedException {
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("baseline");
        configuration.setJdbcUrl("jdbc:h2:mem:baseline;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        // Like the application's pool (Hikari, 10): the engine's own pool reclaims busy connections otherwise.
        configuration.setJdbcMaxActiveConnections(20);
        configuration.setJdbcMaxCheckoutTime(120_000);
        configuration.setHistory("audit");
        configuration.setJobExecutorActivate(true);
        configuration.setJavaSerializationFormatEnabled(false);
        Map<Object, Object> beans = new HashMap<>();
        JavaDelegate noop = execution -> { };
        for (String name : List.of("recordAcceptance", "recordRejection", "recordApproval", "issueCertificates",
                "recordChildOutcome", "escalateToSupervisor", "sendOneTimeNotice", "remindApplicant",
                "withdrawForNoAnswer", "resumeReview", "decideAutomatically", "handOverTransport",
                "openPlacementFollowUp")) {
            beans.put(name, noop);
        }
        beans.put("recordEligibility", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> { });
        beans.put("gatherEligibilityFacts", (JavaDelegate) e -> e.setVariables(ProcessTestSupport.eligibleFacts()));
        beans.put("children", new TwoChildren());
        beans.put("evidenceReviewed", (TaskListener) t -> t.getExecution().setVariable("itemsMissing", false));
        beans.put("checkHousingRegistry", (JavaDelegate) e -> e.setVariable("evidenceConfirmed", false));
        beans.put("drawQualitySample", (JavaDelegate) e -> {
            e.setVariable("decidedAutomatically", false);
            e.setVariable("sampledForReview", false);
        });
        beans.put("fourEyes", (TaskListener) t -> { });
        beans.put("readSchoolAge", (JavaDelegate) e -> {
            e.setVariable("birthDate", org.camunda.bpm.engine.variable.Variables.stringValue("2017-09-15", true));
            e.setVariable("schoolYearStart", 2026);
        });
        beans.put("schoolEntryDecided", new SchoolEntryDecided());
        beans.put("allocateSchoolSeat", (JavaDelegate) e -> {
            e.setVariable("schoolPlacement", "CATCHMENT");
            e.setVariable("transportNeeded", false);
        });
        beans.put("registerAtClinic", (JavaDelegate) e -> e.setVariable("catchUpVaccination", false));
        configuration.setBeans(beans);
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            var deployment = engine.getRepositoryService().createDeployment();
            for (String resource : List.of("processes/residency-application.bpmn", "processes/child-placement.bpmn",
                    "processes/eligibility.dmn", "processes/school-entry.dmn")) {
                deployment.addClasspathResource(resource);
            }
            deployment.deploy();
            IntConsumer submit = i -> engine.getRuntimeService().startProcessInstanceByKey(
                    ProcessIds.RESIDENCY_APPLICATION, "B-" + i,
                    Map.of("applicationId", UUID.randomUUID().toString(), "district", "futian",
                            "decisionDeadline", "2026-12-31", "escalateAt", "2026-12-28T09:00+08:00"));
            return run(engine, submit);
        } finally {
            engine.close();
        }
    }

    /** The baseline's ${children}: every application has the same two children. */
    public static class TwoChildren {
        public List<String> idsOf(String applicationId) {
            return List.of(ProcessTestSupport.CHILD_1, ProcessTestSupport.CHILD_2);
        }
    }

    /** Warms up, then submits N applications and works their tasks until all N have ended. */
    private double run(ProcessEngine engine, IntConsumer submit) throws InterruptedException {
        drive(engine, submit, 0, WARMUP);
        long start = System.nanoTime();
        drive(engine, submit, WARMUP, N);
        double seconds = (System.nanoTime() - start) / 1e9;
        return N / seconds;
    }

    /**
     * Submits, then works the tasks as two members of staff would at once (clerk and supervisor, one
     * thread each; children are placed automatically) until all have ended.
     */
    private void drive(ProcessEngine engine, IntConsumer submit, int offset, int count) throws InterruptedException {
        var history = engine.getHistoryService();
        long endedBefore = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessIds.RESIDENCY_APPLICATION).finished().count();
        long submitStart = System.nanoTime();
        for (int i = 0; i < count; i++) {
            submit.accept(offset + i);
        }
        long submitNanos = System.nanoTime() - submitStart;
        java.util.concurrent.atomic.LongAdder busyNanos = new java.util.concurrent.atomic.LongAdder();
        java.util.concurrent.atomic.LongAdder completed = new java.util.concurrent.atomic.LongAdder();
        long phaseStart = System.nanoTime();
        long giveUpAt = System.nanoTime() + 600_000_000_000L;
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> staff = new ArrayList<>();
        for (String taskKey : List.of(ProcessIds.TASK_REVIEW_EVIDENCE, ProcessIds.TASK_DECIDE_APPLICATION)) {
            Thread worker = new Thread(() -> {
                try {
                    while (!done.get()) {
                        List<Task> open = engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey)
                                .taskUnassigned().listPage(0, 50);
                        if (open.isEmpty()) {
                            Thread.sleep(5);
                        }
                        for (Task task : open) {
                            long t0 = System.nanoTime();
                            complete(engine, task);
                            busyNanos.add(System.nanoTime() - t0);
                            completed.increment();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException | Error e) {
                    failure.set(e);
                    done.set(true);
                }
            }, "staff-" + taskKey);
            worker.start();
            staff.add(worker);
        }
        while (!done.get() && history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessIds.RESIDENCY_APPLICATION).finished().count() < endedBefore + count) {
            if (System.nanoTime() > giveUpAt) {
                failure.compareAndSet(null, new IllegalStateException("Applications did not finish within 10 minutes"));
                break;
            }
            Thread.sleep(10);
        }
        done.set(true);
        for (Thread worker : staff) {
            worker.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Benchmark failed", failure.get());
        }
        if (offset > 0) {
            System.out.printf("  %s: submit %.1f ms each; %d tasks completed, %.1f ms each; work phase %.1f s%n",
                    engine.getName(), submitNanos / 1e6 / count, completed.sum(),
                    busyNanos.sum() / 1e6 / Math.max(1, completed.sum()), (System.nanoTime() - phaseStart) / 1e9);
        }
    }

    private static void complete(ProcessEngine engine, Task task) {
        var tasks = engine.getTaskService();
        Map<String, Object> variables = switch (task.getTaskDefinitionKey()) {
            case ProcessIds.TASK_REVIEW_EVIDENCE -> Map.of("evidenceAccepted", true, "reviewNote", "ok");
            case ProcessIds.TASK_DECIDE_APPLICATION -> Map.of("approved", true);
            default -> throw new IllegalStateException("Unexpected task " + task.getTaskDefinitionKey());
        };
        String user = switch (task.getTaskDefinitionKey()) {
            case ProcessIds.TASK_REVIEW_EVIDENCE -> "clerk";
            default -> "supervisor";
        };
        tasks.claim(task.getId(), user);
        tasks.complete(task.getId(), variables);
    }
}
