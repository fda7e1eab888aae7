package cn.anju;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Submits applications over HTTP and completes their tasks as staff do in Tasklist (claim, then complete). */
public class CaseDriver {

    private final TestRestTemplate rest;
    private final TaskService tasks;

    public CaseDriver(TestRestTemplate rest, TaskService tasks) {
        this.rest = rest;
        this.tasks = tasks;
    }

    public ResponseEntity<JsonNode> submit(String user, Object body) {
        return submit(user, body, UUID.randomUUID().toString());
    }

    public ResponseEntity<JsonNode> submit(String user, Object body, String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return rest.withBasicAuth(user, user).exchange("/api/applications", HttpMethod.POST,
                new HttpEntity<>(body, headers), JsonNode.class);
    }

    public JsonNode status(String user, String id) {
        return rest.withBasicAuth(user, user).getForObject("/api/applications/" + id, JsonNode.class);
    }

    public void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(status("manager", id).get("status").asText()));
    }

    public Task awaitTask(String reference, String taskKey, String candidateGroup) {
        List<Task> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            found.clear();
            found.addAll(tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
                    .taskCandidateGroup(candidateGroup).list());
            return !found.isEmpty();
        });
        return found.get(0);
    }

    public void work(String user, Task task, Map<String, Object> variables) {
        tasks.claim(task.getId(), user);
        tasks.complete(task.getId(), variables);
    }

    /**
     * Reviews and approves a Futian application (its children are placed automatically in between);
     * returns when its certificates are issued.
     */
    public void approve(String id, String reference) {
        work("clerk", awaitTask(reference, "Task_ReviewEvidence", "clerk-futian"),
                Map.of("evidenceAccepted", true, "reviewNote", "lease checked"));
        work("supervisor", awaitTask(reference, "Task_DecideApplication", "supervisor-futian"),
                Map.of("approved", true, "decisionNote", "all in order"));
        awaitStatus(id, "APPROVED");
        await().atMost(Duration.ofSeconds(30)).until(() -> !status("manager", id).get("certificates").isEmpty());
    }

    /** Uploads a document as the given user; returns its id. */
    public String upload(String user, String applicationId, String kind, String filename, byte[] content) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        form.add("kind", kind);
        form.add("file", new org.springframework.core.io.ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        var created = rest.withBasicAuth(user, user).postForEntity("/api/applications/" + applicationId + "/documents",
                new HttpEntity<>(form, headers), JsonNode.class);
        if (created.getStatusCode().value() != 201) {
            throw new IllegalStateException("Upload refused: " + created);
        }
        return created.getBody().get("id").asText();
    }
}
