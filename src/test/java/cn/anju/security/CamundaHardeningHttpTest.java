package cn.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.RawHttp;
import cn.anju.TestApplications;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Camunda's security instructions, checked from outside: each door a client could try is shut. */
@AnjuSpringBootTest
class CamundaHardeningHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired FilterService filters;
    @LocalServerPort int port;
    RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    @Test
    void theEngineRestApiNeedsAStaffSignIn() {
        for (String path : List.of("/engine-rest/task?maxResults=10", "/engine-rest/process-instance?maxResults=10",
                "/engine-rest/history/process-instance?maxResults=10", "/engine-rest/user?maxResults=10",
                "/engine-rest/deployment?maxResults=10", "/engine-rest/filter?maxResults=10")) {
            boolean tasklistNeedsIt = !path.contains("process-instance") && !path.contains("deployment");
            assertThat(http.get(path, null).statusCode()).as(path).isEqualTo(401);
            // (A wrong password for a real user would lock it out for a while: Camunda's login delay.)
            assertThat(http.send("GET", path, "nobody", "wrong", null, null).statusCode()).as(path).isEqualTo(401);
            assertThat(http.get(path, "family").statusCode()).as(path).isEqualTo(403);
            assertThat(http.get(path, "clerk").statusCode()).as(path).isEqualTo(tasklistNeedsIt ? 200 : 403);
            assertThat(http.get(path, "manager").statusCode()).as(path).isEqualTo(200);
        }
        assertThat(http.send("POST", "/engine-rest/user/create", null, null, "application/json",
                "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"intruder-lotus-4471\"}}").statusCode())
                .isEqualTo(401);
        // Staff hold no grant on users: only managers (Camunda Admin) create them.
        assertThat(http.send("POST", "/engine-rest/user/create", "clerk", "clerk", "application/json",
                "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"intruder-lotus-4471\"}}").statusCode())
                .isEqualTo(403);
        assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void theAdminSetupIsClosedOnceUsersExist() {
        String body = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"In\",\"lastName\":\"Truder\","
                + "\"email\":\"intruder@example.com\"},\"credentials\":{\"password\":\"intruder-password\"}}";
        var browser = new WebappBrowser(port);
        var setup = browser.post("/camunda/api/admin/setup/default/user/create", "application/json", body);
        assertThat(setup.statusCode()).isEqualTo(403);
        var encoded = browser.post("/camunda/api/admin/set%75p/default/user/create", "application/json", body);
        assertThat(encoded.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list())
                .extracting(u -> u.getId()).containsExactly("manager");
    }

    @Test
    void theWebappsRefuseAPostWithoutTheirCsrfToken() {
        var browser = new WebappBrowser(port);
        var forged = browser.postWithoutToken("/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded", "username=clerk&password=clerk");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
        // The refusal also ended that session; a browser that sends the token signs in.
        browser = new WebappBrowser(port);
        var login = browser.login("clerk");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly"));
        // Signed in, a state change still needs the token: claiming a task through the webapp's engine API.
        var claim = browser.postWithoutToken("/camunda/api/engine/engine/default/task/no-such-task/claim",
                "application/json", "{\"userId\":\"clerk\"}");
        assertThat(claim.statusCode()).as(claim.headers().map() + " " + claim.body()).isEqualTo(403);
    }

    @Test
    void expressionsAreRefusedInAdHocAndStoredQueries() {
        var adHoc = http.get("/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D&maxResults=10", "manager");
        assertThat(adHoc.statusCode()).isEqualTo(400);
        assertThat(adHoc.body()).containsIgnoringCase("expressions are forbidden");
        String filter = "{\"resourceType\":\"Task\",\"name\":\"By expression\","
                + "\"query\":{\"candidateGroupsExpression\":\"${currentUserGroups()}\"}}";
        var stored = http.send("POST", "/engine-rest/filter/create", "manager", "manager", "application/json", filter);
        assertThat(stored.statusCode()).isEqualTo(400);
        assertThat(stored.body()).containsIgnoringCase("expressions are forbidden");
        // District staff may not store filters at all.
        assertThat(http.send("POST", "/engine-rest/filter/create", "clerk", "clerk", "application/json",
                filter.replace("${currentUserGroups()}", "clerk-nanshan")).statusCode()).isEqualTo(403);
        assertThat(filters.createFilterQuery().filterName("By expression").count()).isZero();
    }

    @Test
    void javaSerializedVariablesAreRefused() {
        var cases = new CaseDriver(rest, tasks);
        String reference = cases.submit("family", TestApplications.twoChildren()).getBody().get("reference").asText();
        var review = cases.awaitTask(reference, "Task_ReviewEvidence", "clerk-futian");
        // "abc" as a serialized java.lang.String
        String body = "{\"value\":\"rO0ABXQAA2FiYw==\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":"
                + "\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}";
        var response = http.send("PUT", "/engine-rest/process-instance/" + review.getProcessInstanceId()
                + "/variables/payload", "manager", "manager", "application/json", body);
        // Refused, nothing deserialized or stored: variables change only by completing a task (the
        // gateway, then EngineCommandGuard), and Camunda would refuse the format anyway.
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(tasks.getVariable(review.getId(), "payload")).isNull();
    }

    @Test
    void queriesArePaged() {
        assertThat(http.get("/engine-rest/history/process-instance", "manager").statusCode()).isEqualTo(400);
        assertThat(http.get("/engine-rest/task?maxResults=2001", "manager").statusCode()).isEqualTo(400);
        assertThat(http.get("/engine-rest/task?maxResults=2000", "manager").statusCode()).isEqualTo(200);
    }
}
