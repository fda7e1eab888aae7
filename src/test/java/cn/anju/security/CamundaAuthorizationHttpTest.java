package cn.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.RawHttp;
import cn.anju.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine as each user sees it over /engine-rest (what Tasklist and Cockpit call): a Futian clerk
 * sees and works the Futian review, and reads nothing of the case beyond its task; a Nanshan clerk sees
 * nothing of it at all; the manager sees everything; a family nothing.
 */
@AnjuSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CamundaAuthorizationHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVIDENCE_FILTER = "福田区 材料审核 Futian: evidence reviews";
    private static final String CLERK_DUE_SOON = "福田区 即将到期的审核 Futian: reviews due soon";

    @Autowired TestRestTemplate rest;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @LocalServerPort int port;
    RawHttp http;
    CaseDriver cases;

    private String reference;
    private String processInstanceId;
    private Task review;

    @BeforeAll
    void aFutianApplicationWaitingForItsReview() {
        http = new RawHttp(port);
        cases = new CaseDriver(rest, tasks);
        reference = cases.submit("family", TestApplications.twoChildren()).getBody().get("reference").asText();
        review = cases.awaitTask(reference, "Task_ReviewEvidence", "clerk-futian");
        processInstanceId = review.getProcessInstanceId();
    }

    @Test
    void onlyTheDistrictsCandidatesAndTheManagerSeeTheTask() {
        String path = "/engine-rest/task?processInstanceBusinessKey=" + reference + "&maxResults=50";
        assertThat(ids(get(path, "clerk"))).containsExactly(review.getId());
        assertThat(ids(get(path, "manager"))).containsExactly(review.getId());
        assertThat(ids(get(path, "clerk2"))).isEmpty();
        assertThat(ids(get(path, "supervisor"))).as("not offered to supervisors before escalation").isEmpty();
        // A task one may not read is, to the engine's REST API, a task that does not exist.
        assertThat(http.get("/engine-rest/task/" + review.getId(), "clerk2").statusCode()).isEqualTo(404);
        assertThat(http.get(path, "family").statusCode()).isEqualTo(403);
    }

    @Test
    void districtStaffReadNoProcessInstancesVariablesOrHistory() {
        for (String path : List.of("/engine-rest/process-instance?businessKey=" + reference + "&maxResults=50",
                "/engine-rest/history/process-instance?processInstanceBusinessKey=" + reference + "&maxResults=50",
                "/engine-rest/history/activity-instance?processInstanceId=" + processInstanceId + "&maxResults=50",
                "/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId + "&maxResults=50",
                "/engine-rest/history/task?processInstanceBusinessKey=" + reference + "&maxResults=50")) {
            // Not operations Tasklist needs: refused outright, whatever the grants would have shown.
            assertThat(http.get(path, "clerk2").statusCode()).as("clerk2: " + path).isEqualTo(403);
            assertThat(http.get(path, "clerk").statusCode()).as("clerk: " + path).isEqualTo(403);
            assertThat(array(get(path, "manager"))).as("manager: " + path).isNotEmpty();
        }
        // Variables: the task's own reference for its candidate, nothing of the process instance.
        String variables = "/engine-rest/variable-instance?processInstanceIdIn=" + processInstanceId + "&maxResults=50";
        assertThat(http.get(variables, "clerk").statusCode()).isEqualTo(403);
        assertThat(http.get(variables, "clerk2").statusCode()).isEqualTo(403);
        // The task's own variables, through the task, for its candidate only.
        assertThat(http.get("/engine-rest/task/" + review.getId() + "/localVariables", "clerk").body()).contains("reference");
        assertThat(http.get("/engine-rest/task/" + review.getId() + "/localVariables", "clerk2").statusCode()).isIn(403, 404);
        assertThat(names(get(variables, "manager"))).contains("applicationId", "district", "reference");
        for (String user : List.of("clerk", "clerk2")) {
            assertThat(http.get("/engine-rest/process-instance/" + processInstanceId + "/variables", user).statusCode())
                    .as(user).isEqualTo(403);
            assertThat(http.get("/engine-rest/process-instance/" + processInstanceId, user).statusCode())
                    .as(user).isEqualTo(403);
        }
        assertThat(http.get("/engine-rest/process-instance/" + processInstanceId + "/variables", "manager")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void staffChangeVariablesOnlyByCompletingTheirTask() {
        String body = "{\"value\":\"nanshan\",\"type\":\"String\"}";
        for (String user : List.of("clerk", "clerk2")) {
            assertThat(http.send("PUT", "/engine-rest/process-instance/" + processInstanceId + "/variables/district",
                    user, user, "application/json", body).statusCode()).as(user).isEqualTo(403);
            assertThat(http.send("POST", "/engine-rest/process-instance/" + processInstanceId + "/variables",
                    user, user, "application/json", "{\"modifications\":{\"district\":" + body + "}}").statusCode())
                    .as(user).isEqualTo(403);
            // Candidates work a task (TASK_WORK), they do not rewrite it (UPDATE).
            assertThat(http.send("PUT", "/engine-rest/task/" + review.getId() + "/variables/district",
                    user, user, "application/json", body).statusCode()).as(user).isEqualTo(403);
            assertThat(http.send("PUT", "/engine-rest/task/" + review.getId() + "/localVariables/reference",
                    user, user, "application/json", "{\"value\":\"AJ-FAKE\",\"type\":\"String\"}").statusCode())
                    .as(user).isEqualTo(403);
        }
        assertThat(runtime.getVariable(processInstanceId, "district")).isEqualTo("futian");
        assertThat(tasks.getVariableLocal(review.getId(), "reference")).isEqualTo(reference);
    }

    @Test
    void theTasksFormAndVariablesLoadForItsCandidatesOnly() {
        var form = http.get("/engine-rest/task/" + review.getId() + "/deployed-form", "clerk");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(json(form).get("id").asText()).isEqualTo("review-evidence");
        assertThat(form.body()).contains("{{reference}}");
        var variables = http.get("/engine-rest/task/" + review.getId() + "/form-variables", "clerk");
        assertThat(variables.statusCode()).isEqualTo(200);
        assertThat(json(variables).get("reference").get("value").asText()).isEqualTo(reference);
        assertThat(json(variables).has("applicationId")).isTrue();

        assertThat(http.get("/engine-rest/task/" + review.getId() + "/deployed-form", "clerk2").statusCode())
                .isEqualTo(403);
        var refused = http.get("/engine-rest/task/" + review.getId() + "/form-variables", "clerk2");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(reference);
    }

    @Test
    void onlyACandidateClaimsAndCompletes() {
        String ref = cases.submit("family", TestApplications.twoChildren()).getBody().get("reference").asText();
        Task task = cases.awaitTask(ref, "Task_ReviewEvidence", "clerk-futian");
        String complete = "{\"variables\":{\"evidenceAccepted\":{\"value\":true},\"reviewNote\":{\"value\":\"ok\"}}}";

        assertThat(post("/engine-rest/task/" + task.getId() + "/claim", "clerk2", "{\"userId\":\"clerk2\"}")
                .statusCode()).isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
        assertThat(post("/engine-rest/task/" + task.getId() + "/claim", "clerk", "{\"userId\":\"clerk\"}")
                .statusCode()).isEqualTo(204);
        assertThat(post("/engine-rest/task/" + task.getId() + "/complete", "clerk2", complete).statusCode())
                .isEqualTo(403);
        assertThat(post("/engine-rest/task/" + task.getId() + "/complete", "supervisor", complete).statusCode())
                .isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(post("/engine-rest/task/" + task.getId() + "/complete", "clerk", complete).statusCode())
                .isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
        // The next task is offered to Futian's supervisors, and only to them.
        Task decision = cases.awaitTask(ref, "Task_DecideApplication", "supervisor-futian");
        assertThat(ids(get("/engine-rest/task?processInstanceBusinessKey=" + ref + "&maxResults=50", "supervisor")))
                .containsExactly(decision.getId());
        assertThat(ids(get("/engine-rest/task?processInstanceBusinessKey=" + ref + "&maxResults=50", "clerk")))
                .isEmpty();
    }

    @Test
    void eachUserSeesTheFiltersOfTheirDistrictAndRole() {
        assertThat(filterNames("clerk")).containsExactlyInAnyOrder(EVIDENCE_FILTER, CLERK_DUE_SOON);
        assertThat(filterNames("clerk2")).containsExactlyInAnyOrder("南山区 材料审核 Nanshan: evidence reviews",
                "南山区 即将到期的审核 Nanshan: reviews due soon");
        assertThat(filterNames("supervisor")).containsExactlyInAnyOrder("福田区 审批 Futian: approvals",
                "福田区 即将到期的审批与审核 Futian: approvals and reviews due soon");
        assertThat(filterNames("education")).containsExactlyInAnyOrder("福田区 学位确认 Futian: school places",
                "福田区 即将到期的学位确认 Futian: school places due soon");
        assertThat(filterNames("health")).containsExactlyInAnyOrder(
                "福田区 社康登记与补种核查 Futian: clinics and catch-up vaccinations",
                "福田区 即将到期的社康任务 Futian: clinic tasks due soon");
        assertThat(filterNames("manager")).contains("All tasks", EVIDENCE_FILTER);
        assertThat(http.get("/engine-rest/filter?resourceType=Task&maxResults=200", "family").statusCode()).isEqualTo(403);
    }

    @Test
    void theEvidenceFilterListsTheReviewWithItsReference() {
        String filter = filterId(EVIDENCE_FILTER);
        var list = http.send("GET", "/engine-rest/filter/" + filter + "/list?maxResults=200", "clerk", "clerk", null,
                null, "Accept", "application/hal+json");
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode listed = null;
        for (JsonNode task : json(list).get("_embedded").get("task")) {
            if (task.get("id").asText().equals(review.getId())) {
                listed = task;
            }
        }
        assertThat(listed).as("the review is in the clerk's filter").isNotNull();
        JsonNode variable = listed.get("_embedded").get("variable").get(0);
        assertThat(variable.get("name").asText()).isEqualTo("reference");
        assertThat(variable.get("value").asText()).isEqualTo(reference);
        assertThat(json(http.get("/engine-rest/filter/" + filter, "clerk")).get("properties").get("variables").get(0)
                .get("label").asText()).isEqualTo("申请编号 Reference");

        assertThat(http.get("/engine-rest/filter/" + filter + "/list?maxResults=10", "clerk2").statusCode())
                .isEqualTo(403);
    }

    @Test
    void escalatedTasksAreInTheDueSoonFilter() {
        String ref = cases.submit("family", TestApplications.twoChildren()).getBody().get("reference").asText();
        Task task = cases.awaitTask(ref, "Task_ReviewEvidence", "clerk-futian");
        String dueSoon = "/engine-rest/filter/" + filterId(CLERK_DUE_SOON) + "/list?maxResults=200";
        assertThat(ids(get(dueSoon, "clerk"))).doesNotContain(task.getId());
        tasks.setPriority(task.getId(), 90); // what the escalation timer does three days before the deadline
        assertThat(ids(get(dueSoon, "clerk"))).contains(task.getId());
    }

    @Test
    void staffSignInToTasklistOnlyAndManagersToEverything() {
        var clerk = new WebappBrowser(port).login("clerk");
        assertThat(clerk.statusCode()).isEqualTo(200);
        assertThat(apps(clerk)).contains("tasklist").doesNotContain("cockpit", "admin");
        var manager = new WebappBrowser(port).login("manager");
        assertThat(apps(manager)).contains("tasklist", "cockpit", "admin");
    }

    @Test
    void tasklistShowsTheClerkHerFiltersAndTheReview() {
        var tasklist = new WebappBrowser(port);
        assertThat(tasklist.login("clerk").statusCode()).isEqualTo(200);
        // The calls Tasklist 7.24 makes on opening (filters paged by 2000), through the webapp's engine API.
        var filters = tasklist.get("/camunda/api/engine/engine/default/filter?firstResult=0&maxResults=2000&itemCount=false&resourceType=Task");
        assertThat(filters.statusCode()).as(filters.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        array(filters).forEach(f -> names.add(f.get("name").asText()));
        assertThat(names).containsExactlyInAnyOrder(EVIDENCE_FILTER, CLERK_DUE_SOON);
        var list = tasklist.postForHal("/camunda/api/engine/engine/default/filter/" + filterId(EVIDENCE_FILTER)
                + "/list?firstResult=0&maxResults=200", "{}");
        assertThat(list.statusCode()).as(list.headers().map() + list.body()).isEqualTo(200);
        assertThat(list.body()).contains(review.getId()).contains(reference);
        assertThat(tasklist.get("/camunda/api/engine/engine/default/task/" + review.getId() + "/deployed-form")
                .statusCode()).isEqualTo(200);
    }

    private List<String> apps(HttpResponse<String> login) {
        List<String> apps = new ArrayList<>();
        assertThat(json(login).has("authorizedApps")).as(login.body()).isTrue();
        json(login).get("authorizedApps").forEach(a -> apps.add(a.asText()));
        return apps;
    }

    private String filterId(String name) {
        for (JsonNode filter : array(get("/engine-rest/filter?resourceType=Task&maxResults=200", "manager"))) {
            if (filter.get("name").asText().equals(name)) {
                return filter.get("id").asText();
            }
        }
        throw new AssertionError("No filter " + name);
    }

    private List<String> filterNames(String user) {
        List<String> names = new ArrayList<>();
        array(get("/engine-rest/filter?resourceType=Task&maxResults=200", user)).forEach(f -> names.add(f.get("name").asText()));
        return names;
    }

    private HttpResponse<String> get(String path, String user) {
        var response = http.get(path, user);
        assertThat(response.statusCode()).as(user + " GET " + path + ": " + response.body()).isEqualTo(200);
        return response;
    }

    private HttpResponse<String> post(String path, String user, String body) {
        return http.send("POST", path, user, user, "application/json", body);
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(response.body(), e);
        }
    }

    private static JsonNode array(HttpResponse<String> response) {
        JsonNode node = json(response);
        assertThat(node.isArray()).as(response.body()).isTrue();
        return node;
    }

    private static List<String> ids(HttpResponse<String> response) {
        List<String> ids = new ArrayList<>();
        array(response).forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }

    private static List<String> names(HttpResponse<String> response) {
        List<String> names = new ArrayList<>();
        array(response).forEach(t -> names.add(t.get("name").asText()));
        return names;
    }
}
