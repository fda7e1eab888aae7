package cn.anju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.anju.application.ApplicationRepository;
import cn.anju.application.ApplicationStatus;
import cn.anju.application.CertificateDirectory;
import cn.anju.intake.ApplicationRequest;
import cn.anju.intake.IntakeService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * A whole case, submission to certificates, on the H2 file database of a development machine: afterwards no
 * identity or phone number is in any table, nor anywhere in the database's files. (PostgresProfileTest checks
 * the tables of PostgreSQL.)
 */
class PersonalDataAtRestTest {

    @Test
    void aWholeCaseLeavesNoNumberInClearInTheH2Files() throws Exception {
        Path dir = Path.of("target/at-rest-h2");
        FileSystemUtils.deleteRecursively(dir);
        Files.createDirectories(dir);
        UUID id;
        try (var app = new SpringApplicationBuilder(AnjuApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:./" + dir + "/anju;WRITE_DELAY=0", "--server.port=0",
                "--spring.jmx.enabled=false", "--camunda.bpm.process-engine-name=atRest",
                "--camunda.bpm.webapp.enabled=false", "--anju.decision.sample-rate=0",
                "--anju.certificates.keystore=target/at-rest-signing.p12",
                "--anju.personal-data.key-file=target/at-rest-personal-data.key")) {
            var request = new ObjectMapper().registerModule(new JavaTimeModule())
                    .convertValue(TestApplications.twoChildren(), ApplicationRequest.class);
            var submission = app.getBean(IntakeService.class).submit(TestFamilies.applicant(app),
                    UUID.randomUUID().toString(), request);
            id = submission.applicationId();
            TaskService tasks = app.getBean(TaskService.class);
            complete(tasks, submission.reference(), "Task_ReviewEvidence", "clerk",
                    Map.of("evidenceAccepted", true, "reviewNote", "ok"));
            complete(tasks, submission.reference(), "Task_DecideApplication", "supervisor", Map.of("approved", true));
            var applications = app.getBean(ApplicationRepository.class);
            UUID applicationId = id;
            await().atMost(Duration.ofSeconds(90)).until(() ->
                    applications.findById(applicationId).orElseThrow().status() == ApplicationStatus.APPROVED);
            await().atMost(Duration.ofSeconds(90)).until(() ->
                    app.getBean(CertificateDirectory.class).certificatesOf(applicationId).size() == 5);
            // The numbers are there, for whoever is entitled to them: sealed, not lost.
            assertThat(applications.findById(id).orElseThrow().children()).extracting(c -> c.residentId())
                    .containsExactly(TestApplications.CHILD_1_ID, TestApplications.CHILD_2_ID);
            assertThat(ClearText.inColumns(app.getBean(JdbcClient.class))).isEmpty();
        }
        assertThat(ClearText.inFiles(dir)).isEmpty();
    }

    static void complete(TaskService tasks, String reference, String key, String user, Map<String, Object> variables) {
        var found = new org.camunda.bpm.engine.task.Task[1];
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            var list = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(key)
                    .taskUnassigned().list();
            found[0] = list.isEmpty() ? null : list.get(0);
            return found[0] != null;
        });
        tasks.claim(found[0].getId(), user);
        tasks.complete(found[0].getId(), variables);
    }
}
