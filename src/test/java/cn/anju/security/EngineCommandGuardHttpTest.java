package cn.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.RawHttp;
import cn.anju.TestApplications;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine's own rules for engine users, over engine REST (cn.anju.process.EngineCommandGuard): claims
 * for oneself only, completions with the form's variables only, no task operation or instance change that
 * ends or diverts a case outside its model, and no deployment by a manager; plus the supervisors'
 * reassignment within their district (POST /api/tasks/{id}/assignee).
 */
@AnjuSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineCommandGuardHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired RepositoryService repository;
    @Autowired AuthorizationService authorizations;
    @Autowired UserDirectory users;
    @LocalServerPort int port;
    RawHttp http;
    CaseDriver cases;

    @BeforeAll
    void clients() {
        http = new RawHttp(port);
        cases = new CaseDriver(rest, tasks);
    }

    @Test
    void aClerkClaimsForHerselfOnlyAndNeverTakesAnothersTask() {
        Task review = futianReview();
        assertThat(post("/engine-rest/task/" + review.getId() + "/claim", "clerk", "{\"userId\":\"clerk2\"}")
                .statusCode()).isEqualTo(403);
        assertThat(assignee(review)).isNull();
        String complete = "{\"variables\":{\"evidenceAccepted\":{\"value\":true},\"reviewNote\":{\"value\":\"ok\"}}}";
        assertThat(post("/engine-rest/task/" + review.getId() + "/complete", "clerk2", complete).statusCode())
                .isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isOne();

        tasks.claim(review.getId(), "supervisor"); // someone else's, e.g. by reassignment
        assertThat(post("/engine-rest/task/" + review.getId() + "/claim", "clerk", "{}").statusCode())
                .isEqualTo(403);
        assertThat(post("/engine-rest/task/" + review.getId() + "/claim", "clerk", "{\"userId\":\"clerk\"}")
                .statusCode()).isEqualTo(403);
        assertThat(assignee(review)).isEqualTo("supervisor");
    }

    @Test
    void aSupervisorReassignsWithinTheTasksCandidatesOfHerDistrict() {
        Task review = futianReview();
        tasks.claim(review.getId(), "supervisor");
        var moved = post("/api/tasks/" + review.getId() + "/assignee", "supervisor", "{\"userId\":\"clerk\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);
        assertThat(assignee(review)).isEqualTo("clerk");
        String applicationId = runtime.getVariable(review.getProcessInstanceId(), "applicationId").toString();
        assertThat(cases.status("manager", applicationId).toString()).contains("TASK_REASSIGNED");

        var toNanshan = post("/api/tasks/" + review.getId() + "/assignee", "supervisor", "{\"userId\":\"clerk2\"}");
        assertThat(toNanshan.statusCode()).isEqualTo(422);
        assertThat(toNanshan.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(toNanshan.body()).contains("\"field\":\"userId\"");
        assertThat(post("/api/tasks/" + review.getId() + "/assignee", "supervisor", "{}").statusCode()).isEqualTo(422);
        assertThat(assignee(review)).isEqualTo("clerk");
        for (String user : List.of("clerk", "clerk2", "education", "family")) {
            assertThat(post("/api/tasks/" + review.getId() + "/assignee", user, "{\"userId\":\"clerk\"}").statusCode())
                    .as(user).isEqualTo(404);
        }
        assertThat(post("/api/tasks/" + review.getId() + "/assignee", "manager", "{\"userId\":\"clerk\"}")
                .statusCode()).isEqualTo(204);

        Task nanshan = nanshanReview();
        assertThat(post("/api/tasks/" + nanshan.getId() + "/assignee", "supervisor", "{\"userId\":\"clerk2\"}")
                .statusCode()).isEqualTo(404);
        assertThat(assignee(nanshan)).isNull();
        assertThat(post("/api/tasks/no-such-task/assignee", "supervisor", "{\"userId\":\"clerk\"}").statusCode())
                .isEqualTo(404);
        // Over the engine, a manager too assigns only to a candidate.
        assertThat(post("/engine-rest/task/" + nanshan.getId() + "/assignee", "manager", "{\"userId\":\"clerk\"}")
                .statusCode()).isEqualTo(403);
        assertThat(assignee(nanshan)).isNull();
    }

    @Test
    void aCompletionCarriesOnlyTheFormsVariables() {
        Task review = futianReview();
        tasks.claim(review.getId(), "clerk");
        String pi = review.getProcessInstanceId();
        Object escalateAt = runtime.getVariable(pi, "escalateAt");
        Object deadline = runtime.getVariable(pi, "decisionDeadline");
        List<String> refused = List.of(
                "{\"variables\":{\"evidenceAccepted\":{\"value\":true},\"escalateAt\":{\"value\":\"2099-01-01T09:00:00\"}}}",
                "{\"variables\":{\"evidenceAccepted\":{\"value\":true},\"decisionDeadline\":{\"value\":\"2099-01-01\"}}}",
                "{\"variables\":{\"evidenceAccepted\":{\"value\":true},\"applicationId\":{\"value\":\"x\"}}}",
                "{\"variables\":{\"evidenceAccepted\":{\"value\":\"yes\"},\"reviewNote\":{\"value\":\"ok\"}}}",
                "{\"variables\":{\"evidenceAccepted\":{\"value\":false},\"reviewNote\":{\"value\":\"" + "x".repeat(2001)
                        + "\"}}}");
        for (String action : List.of("complete", "submit-form", "resolve")) {
            for (String body : refused) {
                var response = post("/engine-rest/task/" + review.getId() + "/" + action, "clerk", body);
                // Nobody's role resolves delegated tasks (nobody delegates): the gateway refuses that first.
                assertThat(response.statusCode()).as(action + " " + body.substring(0, 60) + ": " + response.body())
                        .isEqualTo(action.equals("resolve") ? 403 : 400);
            }
        }
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isOne();
        assertThat(runtime.getVariable(pi, "escalateAt")).isEqualTo(escalateAt);
        assertThat(runtime.getVariable(pi, "decisionDeadline")).isEqualTo(deadline);
        assertThat(runtime.getVariable(pi, "evidenceAccepted")).isNull();
        assertThat(runtime.getVariable(pi, "reviewNote")).isNull();

        // What Tasklist sends: every field of the form, untouched ones empty.
        var submitted = post("/engine-rest/task/" + review.getId() + "/submit-form", "clerk",
                "{\"variables\":{\"missingItems\":{\"value\":\"\"},\"evidenceAccepted\":{\"value\":true},"
                        + "\"reviewNote\":{\"value\":\"lease checked\"}}}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isZero();
    }

    @Test
    void aCandidateCannotEndOrDivertTheCaseThroughItsTask() {
        Task review = futianReview();
        tasks.claim(review.getId(), "clerk");
        String path = "/engine-rest/task/" + review.getId();
        for (String user : List.of("clerk", "manager")) {
            assertThat(post(path + "/bpmnError", user, "{\"errorCode\":\"any\"}").statusCode()).as(user).isEqualTo(403);
            assertThat(post(path + "/bpmnEscalation", user, "{\"escalationCode\":\"any\"}").statusCode()).as(user)
                    .isEqualTo(403);
            assertThat(http.send("DELETE", path, user, user, null, null).statusCode()).as(user).isEqualTo(403);
            assertThat(http.send("PUT", path, user, user, "application/json",
                    "{\"name\":\"renamed\",\"assignee\":\"clerk2\",\"due\":\"2099-01-01T00:00:00.000+0000\"}")
                    .statusCode()).as(user).isEqualTo(403);
            assertThat(http.send("PUT", path + "/localVariables/escalateAt", user, user, "application/json",
                    "{\"value\":\"2099-01-01T09:00:00\",\"type\":\"String\"}").statusCode()).as(user).isEqualTo(403);
            assertThat(post(path + "/localVariables", user, "{\"modifications\":{\"note\":{\"value\":\"x\"}}}")
                    .statusCode()).as(user).isEqualTo(403);
            assertThat(post(path + "/delegate", user, "{\"userId\":\"clerk2\"}").statusCode()).as(user).isEqualTo(403);
            assertThat(post(path + "/identity-links", user, "{\"groupId\":\"clerk-nanshan\",\"type\":\"candidate\"}")
                    .statusCode()).as(user).isBetween(400, 403);
        }
        assertThat(post(path + "/comment/create", "clerk2", "{\"message\":\"seen\"}").statusCode()).isBetween(400, 403);
        Task still = tasks.createTaskQuery().taskId(review.getId()).singleResult();
        assertThat(still).isNotNull();
        assertThat(still.getName()).isEqualTo(review.getName());
        assertThat(still.getAssignee()).isEqualTo("clerk");
        assertThat(tasks.getVariableLocal(review.getId(), "escalateAt")).isNull();
        assertThat(tasks.getTaskComments(review.getId())).isEmpty();
        assertThat(tasks.getIdentityLinksForTask(review.getId())).extracting(l -> l.getGroupId())
                .doesNotContain("clerk-nanshan");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(review.getProcessInstanceId()).count())
                .isOne();
    }

    @Test
    void noOneEndsOrRewindsACasesProcessNorDeploysAModel() {
        Task review = futianReview();
        String pi = review.getProcessInstanceId();
        assertThat(http.send("DELETE", "/engine-rest/process-instance/" + pi, "manager", "manager", null, null)
                .statusCode()).isEqualTo(403);
        assertThat(post("/engine-rest/process-instance/delete", "manager",
                "{\"processInstanceIds\":[\"" + pi + "\"],\"deleteReason\":\"cleanup\"}").statusCode()).isEqualTo(403);
        assertThat(post("/engine-rest/process-instance/" + pi + "/modification", "manager",
                "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_DecideApplication\"}]}")
                .statusCode()).isEqualTo(403);
        assertThat(post("/engine-rest/message", "manager", "{\"messageName\":\"ApplicantResponded\","
                + "\"businessKey\":\"" + runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult()
                .getBusinessKey() + "\"}").statusCode()).isEqualTo(403);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isOne();
        assertThat(tasks.createTaskQuery().processInstanceId(pi).list()).extracting(Task::getTaskDefinitionKey)
                .containsExactly("Task_ReviewEvidence");

        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x">
                  <process id="Evil" isExecutable="true" historyTimeToLive="1"><startEvent id="s"/></process>
                </definitions>""";
        String multipart = "--b\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nevil\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"evil.bpmn\"; filename=\"evil.bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + bpmn + "\r\n--b--\r\n";
        var deployed = http.send("POST", "/engine-rest/deployment/create", "manager", "manager",
                "multipart/form-data; boundary=b", multipart);
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(403);
        assertThat(repository.createDeploymentQuery().deploymentName("evil").count()).isZero();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("Evil").count()).isZero();
        // Nor may he delete the application's models.
        String deployment = repository.createDeploymentQuery().deploymentName("anju").list().get(0).getId();
        assertThat(http.send("DELETE", "/engine-rest/deployment/" + deployment + "?cascade=true", "manager", "manager",
                null, null).statusCode()).isEqualTo(403);
        assertThat(authorizations.isUserAuthorized("manager", List.of(UserDirectory.CAMUNDA_ADMIN), Permissions.CREATE,
                Resources.DEPLOYMENT)).isFalse();
        assertThat(authorizations.isUserAuthorized("manager", List.of(UserDirectory.CAMUNDA_ADMIN), Permissions.READ,
                Resources.DEPLOYMENT)).isTrue();
    }

    @Test
    void onlyTheOneWhoClaimedCompletesAndNobodyClaimsWhatIsNotOfferedToThem() {
        Task review = futianReview();
        String complete = "{\"variables\":{\"evidenceAccepted\":{\"value\":true},\"reviewNote\":{\"value\":\"ok\"}}}";
        // A manager reads every task, but a review is the clerks' to claim, and a decision the supervisors'.
        assertThat(post("/engine-rest/task/" + review.getId() + "/claim", "manager", "{\"userId\":\"manager\"}")
                .statusCode()).isEqualTo(403);
        // Unclaimed, a candidate still claims before completing (as Tasklist does).
        assertThat(post("/engine-rest/task/" + review.getId() + "/complete", "clerk", complete).statusCode())
                .isEqualTo(403);
        // A colleague of the same group does not finish the task another has claimed.
        String colleague = "colleague" + Long.toHexString(System.nanoTime());
        users.create(colleague, colleague + "-Passw0rd!", "Clerk", "Colleague", Role.CLERK, cn.anju.application.District.FUTIAN);
        tasks.claim(review.getId(), "clerk");
        var taken = http.send("POST", "/engine-rest/task/" + review.getId() + "/complete", colleague,
                colleague + "-Passw0rd!", "application/json", complete);
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(403);
        // An object variable is no form field's value: refused as bad input, never deserialized.
        var object = post("/engine-rest/task/" + review.getId() + "/complete", "clerk", "{\"variables\":{\"reviewNote\":"
                + "{\"value\":\"x\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
                + "\"serializationDataFormat\":\"application/json\"}},\"evidenceAccepted\":{\"value\":true}}}");
        assertThat(object.statusCode()).as(object.body()).isEqualTo(400);
        // A rule of the task (rejection needs its reasons) is the user's mistake: 400, not 500.
        var noReason = post("/engine-rest/task/" + review.getId() + "/complete", "clerk",
                "{\"variables\":{\"evidenceAccepted\":{\"value\":false}}}");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isOne();
        assertThat(post("/engine-rest/task/" + review.getId() + "/complete", "clerk", complete).statusCode()).isEqualTo(204);
    }

    private Task futianReview() {
        String reference = cases.submit("family", TestApplications.twoChildren()).getBody().get("reference").asText();
        return cases.awaitTask(reference, "Task_ReviewEvidence", "clerk-futian");
    }

    private Task nanshanReview() {
        Map<String, Object> application = TestApplications.twoChildren();
        application.put("district", "Nanshan");
        TestApplications.at(application, "address").put("district", "Nanshan");
        var created = cases.submit("family2", application);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        return cases.awaitTask(created.getBody().get("reference").asText(), "Task_ReviewEvidence", "clerk-nanshan");
    }

    private String assignee(Task task) {
        return tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
    }

    private HttpResponse<String> post(String path, String user, String body) {
        return http.send("POST", path, user, user, "application/json", body);
    }
}
