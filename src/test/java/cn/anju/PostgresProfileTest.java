package cn.anju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.anju.application.ApplicationRepository;
import cn.anju.application.ApplicationStatus;
import cn.anju.application.ApplicationSummaries;
import cn.anju.application.CertificateDirectory;
import cn.anju.application.Timeline;
import cn.anju.intake.ApplicationRequest;
import cn.anju.intake.IntakeService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The postgres profile on a real PostgreSQL: migrations, the engine schema, and a case from submission to certificate. */
class PostgresProfileTest {

    @Test
    void aCaseRunsToItsCertificateOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             var app = new SpringApplicationBuilder(AnjuApplication.class).profiles("postgres").run(
                     "--ANJU_DB_PORT=" + postgres.getPort(), "--ANJU_DB_NAME=postgres", "--ANJU_DB_USER=postgres",
                     "--ANJU_DB_PASSWORD=postgres", "--server.port=0", "--spring.jmx.enabled=false",
                     "--camunda.bpm.process-engine-name=postgresTest", "--camunda.bpm.webapp.enabled=false",
                     cn.anju.TestKeys.PERSONAL_DATA_ARG, "--ANJU_KEYSTORE=target/postgres-test-signing.p12", "--ANJU_KEYSTORE_PASSWORD=test-only",
                     "--ANJU_PUBLIC_URL=https://anju.example",
                     "--ANJU_HOUSING_REGISTRY_FILE=classpath:reference/housing-registry.csv", "--anju.certificates.create-development-key=true")) {
            assertThat(app.getBean(IdentityService.class).createUserQuery().count())
                    .as("no demo users in the postgres profile").isZero();

            var request = new ObjectMapper().registerModule(new JavaTimeModule())
                    .convertValue(TestApplications.twoChildren(), ApplicationRequest.class);
            var submission = app.getBean(IntakeService.class).submit(TestFamilies.applicant(app), UUID.randomUUID().toString(), request);
            TaskService tasks = app.getBean(TaskService.class);

            complete(tasks, submission.reference(), "Task_ReviewEvidence", "clerk",
                    Map.of("evidenceAccepted", true, "reviewNote", "ok"));
            complete(tasks, submission.reference(), "Task_DecideApplication", "supervisor", Map.of("approved", true));

            var applications = app.getBean(ApplicationRepository.class);
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    applications.findById(submission.applicationId()).orElseThrow().status() == ApplicationStatus.APPROVED);
            var approved = applications.findById(submission.applicationId()).orElseThrow();
            // Placed automatically on PostgreSQL's seat ledger, the catchment school of 莲花路.
            assertThat(approved.children()).allSatisfy(c -> assertThat(c.placement().schoolName())
                    .isEqualTo("福田区莲花实验小学 Lianhua Experimental Primary School"));
            // An officer's override moves the seat on PostgreSQL too (the ledger's conditional updates).
            app.getBean(cn.anju.security.UserDirectory.class).create("education", "Lotus-Harbour-2026-officer", "Education",
                    "Officer", cn.anju.security.Role.EDUCATION_OFFICER, cn.anju.application.District.FUTIAN);
            complete(tasks, submission.reference(), "Task_ConfirmSchoolPlacement", "education",
                    Map.of("schoolDecision", "OVERRIDE", "schoolOverride", "FT-N01", "schoolOverrideReason", "family's request"));
            assertThat(applications.findById(submission.applicationId()).orElseThrow().children())
                    .extracting(c -> c.placement().schoolName())
                    .containsOnlyOnce("福田区梅林九年一贯制学校 Meilin Nine-Year School");
            var certificates = app.getBean(CertificateDirectory.class);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> certificates.certificatesOf(submission.applicationId()).size() == 5);
            assertThat(app.getBean(Timeline.class).of(submission.applicationId())).extracting(e -> e.type())
                    .contains("SUBMITTED", "ACCEPTED", "EVIDENCE_ACCEPTED", "CHILD_PLACED", "APPROVED");
            assertThat(app.getBean(ApplicationSummaries.class).page(TestFamilies.applicant(app).accountId(), null, 0, 10)).hasSize(1);
            // Identity and phone numbers are sealed on PostgreSQL too: in no text column of any table.
            assertThat(ClearText.inColumns(app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class))).isEmpty();
        }
    }

    private static void complete(TaskService tasks, String reference, String key, String user,
                                 Map<String, Object> variables) {
        Task[] found = new Task[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var list = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(key)
                    .taskUnassigned().list();
            found[0] = list.isEmpty() ? null : list.get(0);
            return found[0] != null;
        });
        tasks.claim(found[0].getId(), user);
        tasks.complete(found[0].getId(), variables);
    }
}
