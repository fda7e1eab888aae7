package cn.anju.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.RawHttp;
import cn.anju.TestApplications;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine's doors tried as an attacker would, on both prefixes: expressions hidden in orQueries,
 * filters and their extensions; a family's sign-in to the webapps with a body too large for a filter to
 * read; city-wide figures and the password oracle; a cross-site form riding on remembered Basic
 * credentials. Each of these got through before the gateway.
 */
@AnjuSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineDoorsHttpTest {

    /** JUEL that would run on the server: a 3 s sleep, as the attack did. */
    private static final String SLEEP = "${execution.getClass().forName('java.util.concurrent.TimeUnit')"
            + ".getField('SECONDS').get(null).sleep(3)}";
    private static final String OR_QUERY = "{\"orQueries\":[{\"assigneeExpression\":\"" + SLEEP + "\"}]}";

    @Autowired TestRestTemplate rest;
    @Autowired TaskService tasks;
    @Autowired FilterService filters;
    @Autowired IdentityService identity;
    @Autowired RepositoryService repository;
    @LocalServerPort int port;
    RawHttp http;
    Task review;
    String reference;

    @BeforeAll
    void aReviewWaiting() {
        http = new RawHttp(port);
        var cases = new CaseDriver(rest, tasks);
        reference = cases.submit("family", TestApplications.twoChildren()).getBody().get("reference").asText();
        review = cases.awaitTask(reference, "Task_ReviewEvidence", "clerk-futian");
    }

    /** The same engine call through /engine-rest (Basic) and through the webapps' API (a signed-in session). */
    private List<BiFunction<String, String, HttpResponse<String>>> bothDoors(String user, String method) {
        var browser = new WebappBrowser(port);
        assertThat(browser.login(user).statusCode()).isEqualTo(200);
        return List.of(
                (path, body) -> http.send(method, "/engine-rest" + path, user, user, "application/json", body),
                (path, body) -> browser.send(method, "/camunda/api/engine/engine/default" + path, "application/json", body));
    }

    @Test
    void noQueryCarriesAnExpressionAtAnyDepth() {
        String filterId = filters.createFilterQuery().filterName("福田区 材料审核 Futian: evidence reviews")
                .singleResult().getId();
        for (String user : List.of("clerk", "manager")) {
            for (var door : bothDoors(user, "POST")) {
                for (String path : List.of("/task?maxResults=10", "/task/count", "/filter/" + filterId + "/list?maxResults=10",
                        "/filter/" + filterId + "/count")) {
                    long started = System.nanoTime();
                    var response = door.apply(path, OR_QUERY);
                    assertThat(response.statusCode()).as(user + " " + path + " " + response.body()).isEqualTo(400);
                    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                            type -> assertThat(type).startsWith("application/problem+json"));
                    assertThat(response.body()).contains("Expressions are forbidden").contains("orQueries[0].assigneeExpression");
                    assertThat(System.nanoTime() - started).as("nothing slept").isLessThan(2_000_000_000L);
                }
                // Deeper, spelt otherwise: still refused.
                assertThat(door.apply("/task?maxResults=10", "{\"orQueries\":[{\"processVariables\":[],"
                        + "\"nested\":{\"DueDateEXPRESSION\":\"${1}\"}}]}").statusCode()).isEqualTo(400);
            }
        }
        var getForm = http.get("/engine-rest/task?assign%65eExpression=%24%7B1%7D&maxResults=1", "clerk");
        assertThat(getForm.statusCode()).isEqualTo(400);
        assertThat(getForm.body()).contains("assigneeExpression");
        // Stored filters: neither at the top nor inside an orQuery.
        for (String query : List.of("{\"candidateGroupsExpression\":\"${currentUserGroups()}\"}",
                "{\"orQueries\":[{\"candidateGroupsExpression\":\"${currentUserGroups()}\"}]}")) {
            var created = http.send("POST", "/engine-rest/filter/create", "manager", "manager", "application/json",
                    "{\"resourceType\":\"Task\",\"name\":\"Sneaky\",\"query\":" + query + "}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(400);
        }
        assertThat(filters.createFilterQuery().filterName("Sneaky").count()).isZero();
    }

    @Test
    void theEngineItselfEvaluatesNoQueryExpression() {
        // Behind the HTTP check: an orQuery with an expression, run in-process, is refused by the engine.
        var query = (TaskQueryImpl) tasks.createTaskQuery().or().taskAssigneeExpression("${'clerk'}").endOr();
        assertThatThrownBy(query::list).hasMessageContaining("Expressions are forbidden");
        // ...and a stored filter that holds one (from an older database, say) does not run it either.
        var filter = filters.newTaskFilter("Old sneaky").setQuery(tasks.createTaskQuery());
        filters.saveFilter(filter);
        try {
            var extension = tasks.createTaskQuery().or().taskAssigneeExpression("${'clerk'}").endOr();
            assertThatThrownBy(() -> filters.list(filter.getId(), extension)).hasMessageContaining("Expressions are forbidden");
        } finally {
            filters.deleteFilter(filter.getId());
        }
    }

    @Test
    void aFamilyNeverHoldsAWebappSession() {
        // An ordinary sign-in, and one whose body is larger than Tomcat parses for filters (2 MB).
        String padding = "&padding=" + "x".repeat(3 * 1024 * 1024);
        // The welcome app is open to every user of the store: Camunda itself lets a family in there.
        for (String body : List.of("username=family&password=family", "username=family&password=family" + padding)) {
            for (String app : List.of("welcome", "tasklist", "cockpit", "admin")) {
                var browser = new WebappBrowser(port);
                var login = browser.post("/camunda/api/admin/auth/user/default/login/" + app,
                        "application/x-www-form-urlencoded", body);
                assertThat(login.statusCode()).as(app + " " + login.body()).isEqualTo(403);
                assertThat(login.body()).doesNotContain("authorizedApps");
                if (app.equals("welcome")) {
                    assertThat(login.body()).contains("families use the portal");
                }
                // Whatever the webapp did, the session is gone: its engine API does not know the family.
                var tasksSeen = browser.get("/camunda/api/engine/engine/default/task?maxResults=10");
                assertThat(tasksSeen.statusCode()).isEqualTo(401);
                assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isIn(401, 403, 404);
            }
        }
        var clerk = new WebappBrowser(port);
        assertThat(clerk.login("clerk").statusCode()).isEqualTo(200);
        assertThat(clerk.get("/camunda/api/engine/engine/default/task?maxResults=10").statusCode()).isEqualTo(200);
    }

    @Test
    void oneRuleBookForBothEngineApis() {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("ResidencyApplication")
                .latestVersion().singleResult().getId();
        for (String path : List.of("/process-definition/statistics", "/process-definition/" + definitionId + "/statistics",
                "/metrics/activity-instance-start/sum", "/history/process-instance/report?reportType=duration&periodUnit=month",
                "/deployment?maxResults=10", "/job?maxResults=10", "/incident?maxResults=10")) {
            for (var door : bothDoors("clerk", "GET")) {
                var response = door.apply(path, null);
                assertThat(response.statusCode()).as("clerk " + path).isEqualTo(403);
                assertThat(response.body()).contains("engine operation");
            }
            for (var door : bothDoors("manager", "GET")) {
                assertThat(door.apply(path, null).statusCode()).as("manager " + path).isNotIn(401, 403);
            }
        }
        // The password oracle is nobody's.
        for (String user : List.of("clerk", "manager")) {
            for (var door : bothDoors(user, "POST")) {
                assertThat(door.apply("/identity/verify", "{\"username\":\"manager\",\"password\":\"manager\"}")
                        .statusCode()).as(user).isEqualTo(403);
            }
        }
        // Another engine name is no way around the rules.
        assertThat(http.get("/engine-rest/engine/other/process-definition/statistics", "clerk").statusCode()).isEqualTo(404);
        assertThat(http.get("/engine-rest/engine/default/process-definition/statistics", "clerk").statusCode()).isEqualTo(403);
        assertThat(http.get("/engine-rest/engine/default/task?maxResults=1", "clerk").statusCode()).isEqualTo(200);
    }

    @Test
    void cockpitsAndAdminsFiguresAreForManagers() {
        var clerk = new WebappBrowser(port);
        assertThat(clerk.login("clerk").statusCode()).isEqualTo(200);
        var manager = new WebappBrowser(port);
        assertThat(manager.login("manager").statusCode()).isEqualTo(200);
        for (String path : List.of("/camunda/api/cockpit/plugin/base/default/process-definition/statistics?maxResults=9",
                "/camunda/api/admin/plugin/adminPlugins/default/metrics/aggregated?subscriptionStartDate="
                        + "2020-01-01T00:00:00.000%2B0000&groupBy=month&metrics=task-users")) {
            assertThat(clerk.get(path).statusCode()).as("clerk " + path).isEqualTo(403);
            assertThat(manager.get(path).statusCode()).as("manager " + path).isEqualTo(200);
        }
        // Options the engine does not define would describe the whole API (WADL).
        assertThat(http.send("OPTIONS", "/engine-rest/task", "clerk", "clerk", null, null).statusCode()).isEqualTo(403);
        // A percent-encoded servlet name is malformed, not a server error.
        assertThat(http.get("/%65ngine-rest/process-instance", "clerk").statusCode()).isEqualTo(400);
    }

    @Test
    void aBrowserChangesNothingWithRememberedBasicCredentials() {
        // A form on another site, posted by a manager's browser that remembers the Basic credentials.
        String[] crossSite = {"Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "navigate"};
        var deploy = http.send("POST", "/engine-rest/deployment/create", "manager", "manager",
                "multipart/form-data; boundary=x", "--x--\r\n", crossSite);
        assertThat(deploy.statusCode()).isEqualTo(403);
        String applicationId = tasks.getVariable(review.getId(), "applicationId").toString();
        var upload = http.send("POST", "/api/applications/" + applicationId + "/responses", "family", "family",
                "application/json", "{}", crossSite);
        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(upload.body()).contains("security token");
        // The same call from an API client (no browser headers) is judged on its merits.
        assertThat(http.send("POST", "/api/applications/" + applicationId + "/responses", "family", "family",
                "application/json", "{}").statusCode()).isNotEqualTo(403);
        // Browsers are never asked for a password in their own box.
        var navigation = http.send("GET", "/api/applications", null, null, null, null, "Sec-Fetch-Mode", "navigate",
                "Sec-Fetch-Site", "same-origin", "Accept", "text/html");
        assertThat(navigation.statusCode()).isEqualTo(401);
        assertThat(navigation.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(http.get("/engine-rest/task", null).headers().firstValue("WWW-Authenticate")).isPresent();
    }
}
