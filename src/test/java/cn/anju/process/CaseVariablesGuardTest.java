package cn.anju.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.TestApplications;
import cn.anju.application.ApplicationRepository;
import cn.anju.application.Timeline;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A task completed with variables that point it at another case, another district or reference, is refused whole. */
@AnjuSpringBootTest
class CaseVariablesGuardTest {

    @Autowired TestRestTemplate rest;
    @Autowired TaskService tasks;
    @Autowired ApplicationRepository applications;
    @Autowired Timeline timeline;

    @Test
    void aCompletionCannotRepointTheCase() {
        var cases = new CaseDriver(rest, tasks);
        String mine = cases.submit("family", TestApplications.twoChildren()).getBody().get("reference").asText();
        String otherId = cases.submit("family2", TestApplications.twoChildren()).getBody().get("id").asText();
        var review = cases.awaitTask(mine, ProcessIds.TASK_REVIEW_EVIDENCE, "clerk-futian");
        tasks.claim(review.getId(), "clerk");

        assertThatThrownBy(() -> tasks.complete(review.getId(), Map.of("evidenceAccepted", true,
                "reviewNote", "looks fine", "applicationId", otherId)))
                .hasMessageContaining("applicationId is the case's own");
        assertThatThrownBy(() -> tasks.complete(review.getId(), Map.of("evidenceAccepted", true,
                "district", "nanshan"))).hasMessageContaining("district is the case's own");
        // The reference Tasklist shows with the task cannot be relabelled either.
        assertThatThrownBy(() -> tasks.complete(review.getId(), Map.of("evidenceAccepted", true,
                "reference", "AJ-2026-OTHER"))).hasMessageContaining("reference is the case's own");
        assertThat(tasks.getVariableLocal(review.getId(), "reference")).isEqualTo(mine);

        assertThat(timeline.of(UUID.fromString(otherId))).extracting(e -> e.type())
                .doesNotContain("EVIDENCE_ACCEPTED");
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("the task is still open").isOne();
        tasks.complete(review.getId(), Map.of("evidenceAccepted", true, "reviewNote", "lease checked"));
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isZero();
    }
}
