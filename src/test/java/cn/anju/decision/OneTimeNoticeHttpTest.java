package cn.anju.decision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.RawHttp;
import cn.anju.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The clerk lists what is missing; the family is told once, answers once, or is withdrawn. */
@AnjuSpringBootTest
class OneTimeNoticeHttpTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;
    @LocalServerPort
    int port;

    private CaseDriver cases;
    private RawHttp http;

    @BeforeEach
    void clients() {
        cases = new CaseDriver(rest, tasks);
        http = new RawHttp(port);
    }

    private String[] awaitingApplicant() {
        JsonNode created = cases.submit("family", TestApplications.twoChildren()).getBody();
        String id = created.get("id").asText();
        String reference = created.get("reference").asText();
        cases.work("clerk", cases.awaitTask(reference, "Task_ReviewEvidence", "clerk-futian"),
                Map.of("missingItems", "registered lease contract\nhukou booklet page of 李小红"));
        return new String[] {id, reference};
    }

    @Test
    void theFamilySeesEveryMissingItemAndOneAnswerResumesTheReview() throws Exception {
        String[] application = awaitingApplicant();
        String id = application[0];
        JsonNode waiting = cases.status("family", id);
        assertThat(waiting.get("status").asText()).isEqualTo("AWAITING_APPLICANT");
        assertThat(waiting.get("missingItems")).hasSize(2);
        assertThat(waiting.get("missingItems").get(1).asText()).isEqualTo("hukou booklet page of 李小红");
        String deadlineBefore = waiting.get("decisionDeadline").asText();

        var pool = Executors.newFixedThreadPool(6);
        var start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return http.send("POST", "/api/applications/" + id + "/responses", "family", "family",
                        "application/json", "{\"note\":\"uploaded both\"}").statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(202, 409).filteredOn(s -> s == 202).hasSize(1);

        JsonNode resumed = cases.status("family", id);
        assertThat(resumed.get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(resumed.get("missingItems")).isEmpty();
        assertThat(resumed.get("decisionDeadline").asText()).isGreaterThanOrEqualTo(deadlineBefore);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(application[1])
                .taskDefinitionKey("Task_ReviewEvidence").count()).isOne();
        List<String> timeline = new ArrayList<>();
        resumed.get("timeline").forEach(e -> timeline.add(e.get("type").asText()));
        assertThat(timeline).containsSubsequence("ONE_TIME_NOTICE_SENT", "APPLICANT_RESPONDED");
        assertThat(timeline.stream().filter("APPLICANT_RESPONDED"::equals)).hasSize(1);

        assertThat(http.send("POST", "/api/applications/" + id + "/responses", "family", "family",
                "application/json", "{}").statusCode()).as("nothing is awaited any more").isEqualTo(409);

        // One-time: the second review cannot ask for more, item by item.
        var review = cases.awaitTask(application[1], "Task_ReviewEvidence", "clerk-futian");
        tasks.claim(review.getId(), "clerk");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(review.getId(),
                Map.of("missingItems", "one more thing"))).hasMessageContaining("already sent");
        assertThat(http.send("POST", "/api/applications/" + id + "/responses", "family2", "family2",
                "application/json", "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void noAnswerBringsAReminderThenWithdrawal() {
        String[] application = awaitingApplicant();
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(application[1])
                .processDefinitionKey("ResidencyApplication").singleResult().getId();
        var timers = management.createJobQuery().processInstanceId(instance).timers()
                .orderByJobDuedate().asc().list();
        assertThat(timers).hasSize(2);

        management.executeJob(timers.get(0).getId());
        management.executeJob(timers.get(1).getId());

        JsonNode withdrawn = cases.status("family", application[0]);
        assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("decisionReasons").asText()).contains("no answer");
        List<String> timeline = new ArrayList<>();
        withdrawn.get("timeline").forEach(e -> timeline.add(e.get("type").asText()));
        assertThat(timeline).containsSubsequence("ONE_TIME_NOTICE_SENT", "ONE_TIME_NOTICE_REMINDER", "WITHDRAWN");
    }
}
