package cn.anju.decision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuApplication;
import cn.anju.TestApplications;
import cn.anju.application.ApplicationRepository;
import cn.anju.application.ApplicationStatus;
import cn.anju.intake.ApplicationRequest;
import cn.anju.intake.IntakeService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * mvn -Pbench verify -Dit.test=StraightThroughBenchmark: time from submission to the automatic
 * decision for applications the housing registry confirms (median and p95 over 100, one at a time,
 * each after the previous one's placement and certificates are done),
 * beside the same two asynchronous hops on a no-op process in the same engine (the job executor's floor).
 */
class StraightThroughBenchmark {

    private static final int N = 100;
    private static final int WARMUP = 20;

    @Test
    void timeFromSubmissionToDecision() throws Exception {
        try (var app = new SpringApplicationBuilder(AnjuApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:straight-through;DB_CLOSE_DELAY=-1", "--server.port=0",
                "--anju.demo-users=false", "--logging.level.root=WARN", "--spring.jmx.enabled=false",
                "--anju.decision.sample-rate=0", "--anju.certificates.keystore=target/bench-signing.p12",
                "--anju.placement.schools=file:" + cn.anju.TestCity.roomySchools())) {
            var intake = app.getBean(IntakeService.class);
            var applications = app.getBean(ApplicationRepository.class);
            var engine = app.getBean(ProcessEngine.class);
            var request = new ObjectMapper().registerModule(new JavaTimeModule())
                    .convertValue(TestApplications.registeredLease(), ApplicationRequest.class);

            var family = cn.anju.TestFamilies.applicant(app);
            double[] anju = measure(engine, () -> {
                var submission = intake.submit(family, UUID.randomUUID().toString(), request);
                return () -> applications.findById(submission.applicationId()).orElseThrow().status()
                        == ApplicationStatus.APPROVED;
            });
            var certificates = app.getBean(cn.anju.application.CertificateDirectory.class);
            double[] served = measure(engine, () -> {
                var submission = intake.submit(family, UUID.randomUUID().toString(), request);
                return () -> certificates.certificatesOf(submission.applicationId()).size() == 5;
            });

            var floor = Bpmn.createExecutableProcess("JobExecutorFloor").camundaHistoryTimeToLive(1)
                    .startEvent().camundaAsyncAfter()
                    .serviceTask("Task_Noop").camundaAsyncBefore().camundaExpression("${true}")
                    .endEvent().done();
            engine.getRepositoryService().createDeployment().addModelInstance("floor.bpmn", floor).deploy();
            double[] baseline = measure(engine, () -> {
                String id = engine.getRuntimeService().startProcessInstanceByKey("JobExecutorFloor").getId();
                return () -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() == 0;
            });

            System.out.printf("%nBENCHMARK straight-through decision, %d applications one at a time, H2 in memory%n", N);
            System.out.printf("submission_to_decision_ms median=%.0f p95=%.0f%n", anju[N / 2], anju[N * 95 / 100]);
            System.out.printf("submission_to_certificates_ms median=%.0f p95=%.0f (2 children placed, 5 signed PDFs)%n",
                    served[N / 2], served[N * 95 / 100]);
            System.out.printf("baseline_two_async_hops_ms median=%.0f p95=%.0f%n", baseline[N / 2],
                    baseline[N * 95 / 100]);
            System.out.printf("ratio_median=%.1f%n%n", anju[N / 2] / baseline[N / 2]);
            assertThat(anju[N / 2]).isPositive();
        }
    }

    interface Case {
        BooleanSupplier start() throws Exception;
    }

    /**
     * Sorted milliseconds from start until done, after a warm-up. Before each start (not timed) the
     * engine finishes what the previous case left (placement, certificates), so that a case is
     * measured alone, not beside its predecessor's PDFs.
     */
    private static double[] measure(ProcessEngine engine, Case work) throws Exception {
        double[] times = new double[N];
        for (int i = -WARMUP; i < N; i++) {
            while (engine.getManagementService().createJobQuery().executable().count() > 0) {
                Thread.sleep(1);
            }
            long start = System.nanoTime();
            BooleanSupplier done = work.start();
            long giveUp = start + 60_000_000_000L;
            while (!done.getAsBoolean()) {
                if (System.nanoTime() > giveUp) {
                    throw new IllegalStateException("not decided within a minute");
                }
                Thread.sleep(1);
            }
            if (i >= 0) {
                times[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(times);
        return times;
    }
}
