package cn.anju.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Evidence the housing registry confirms is decided in seconds, without a clerk; the rest goes to one. */
@AnjuSpringBootTest
class StraightThroughHttpTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private List<String> timeline(JsonNode status) {
        List<String> entries = new ArrayList<>();
        status.get("timeline").forEach(e -> entries.add(e.get("type").asText() + " " + e.get("actor").asText()));
        return entries;
    }

    @Test
    void aRegisteredLeaseIsApprovedAutomaticallyWithItsReasons() {
        var cases = new CaseDriver(rest, tasks);
        JsonNode created = cases.submit("family", TestApplications.registeredLease()).getBody();
        String id = created.get("id").asText();
        String reference = created.get("reference").asText();

        cases.awaitStatus(id, "APPROVED");
        JsonNode approved = cases.status("family", id);
        assertThat(approved.get("decisionReasons").asText()).contains("automatic decision", "housing registry",
                "eligibility.dmn: ELIGIBLE");
        assertThat(timeline(approved)).contains("REGISTRY_CHECKED system", "APPROVED system (automatic)")
                .noneMatch(e -> e.startsWith("STAGE_EVIDENCE_REVIEW"));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("Task_ReviewEvidence").count()).isZero();

        // The children are placed automatically too: nobody waits for an officer before the certificates.
        await().atMost(Duration.ofSeconds(30)).until(() -> cases.status("family", id).get("certificates").size() == 5);
        // Approved before its children were placed, the family's seats are taken, not merely held.
        assertThat(jdbc.sql("select status from school_seat where application_id = ?")
                .param(java.util.UUID.fromString(id)).query(String.class).list()).containsExactly("TAKEN", "TAKEN");
    }

    @Test
    void aClerkCannotPassAReviewedCaseOffAsAutomatic() {
        var cases = new CaseDriver(rest, tasks);
        JsonNode created = cases.submit("family", TestApplications.twoChildren()).getBody();
        String reference = created.get("reference").asText();
        cases.work("clerk", cases.awaitTask(reference, "Task_ReviewEvidence", "clerk-futian"),
                java.util.Map.of("evidenceAccepted", true, "decidedAutomatically", true));
        // The supervisor still decides.
        cases.awaitTask(reference, "Task_DecideApplication", "supervisor-futian");
        assertThat(cases.status("family", created.get("id").asText()).get("certificates")).isEmpty();
    }

    @Test
    void anAddressThatOnlyStartsLikeTheRegisteredOneIsNotConfirmed() {
        var cases = new CaseDriver(rest, tasks);
        var application = TestApplications.registeredLease();
        TestApplications.at(application, "address").put("line", "莲花路 1001 号 3 栋 5021");
        JsonNode created = cases.submit("family", application).getBody();
        cases.awaitTask(created.get("reference").asText(), "Task_ReviewEvidence", "clerk-futian");
    }

    @Test
    void evidenceTheRegistryDoesNotConfirmGoesToAClerkWithTheFindings() {
        var cases = new CaseDriver(rest, tasks);
        var application = TestApplications.registeredLease();
        TestApplications.at(application, "address").put("line", "深南大道 6008 号");
        JsonNode created = cases.submit("family", application).getBody();

        cases.awaitTask(created.get("reference").asText(), "Task_ReviewEvidence", "clerk-futian");
        JsonNode status = cases.status("clerk", created.get("id").asText());
        assertThat(status.get("status").asText()).isEqualTo("IN_REVIEW");
        status.get("timeline").forEach(e -> {
            if ("REGISTRY_CHECKED".equals(e.get("type").asText())) {
                assertThat(e.get("detail").asText()).contains("address differs");
            }
        });
    }
}
