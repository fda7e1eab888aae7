package cn.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.RawHttp;
import cn.anju.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Every endpoint of an approved Futian application, by every demo user and anonymously: only the
 * owner, Futian staff and the manager see it; everyone else gets 401, 403 or 404 and no data.
 */
@AnjuSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlHttpTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @LocalServerPort
    int port;
    RawHttp http;

    private String id;
    private String reference;
    private String certificateUrl;

    @BeforeAll
    void anApprovedApplicationOfFamily() {
        http = new RawHttp(port);
        var cases = new CaseDriver(rest, tasks);
        JsonNode created = cases.submit("family", TestApplications.twoChildren()).getBody();
        id = created.get("id").asText();
        reference = created.get("reference").asText();
        cases.approve(id, reference);
        certificateUrl = cases.status("family", id).get("certificates").get(0).get("url").asText();
    }

    static final List<String> ALLOWED = List.of("family", "clerk", "supervisor", "education", "health", "manager");
    static final List<String> NOT_ALLOWED = List.of("family2", "clerk2");

    Stream<Arguments> readEndpointsByUser() {
        List<Arguments> cases = new ArrayList<>();
        for (String path : List.of("/api/applications/" + id, "/api/applications/" + id + "/documents",
                "/api/applications/" + id + "/certificates", certificateUrl)) {
            ALLOWED.forEach(user -> cases.add(Arguments.of(path, user, 200)));
            NOT_ALLOWED.forEach(user -> cases.add(Arguments.of(path, user, 404)));
            cases.add(Arguments.of(path, null, 401));
            cases.add(Arguments.of(path, "nobody:nobody", 401));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "GET {0} as {1} -> {2}")
    @MethodSource("readEndpointsByUser")
    void readsAreScopedToOwnerDistrictAndManager(String path, String user, int expected) {
        String[] credentials = user == null ? new String[] {null, null}
                : user.contains(":") ? user.split(":") : new String[] {user, user};
        var response = http.send("GET", path, credentials[0], credentials[1], null, null);
        assertThat(response.statusCode()).isEqualTo(expected);
        if (expected != 200) {
            assertThat(response.body()).doesNotContain("李小明").doesNotContain(TestApplications.CHILD_1_ID)
                    .doesNotContain(reference);
        }
    }

    @Test
    void aWrongPasswordIsA401AndNoData(@Autowired UserDirectory users) {
        users.create("guesser", "guesser-lotus-4471", "Guess", "Er", Role.APPLICANT, null);
        var response = http.send("GET", "/api/applications/" + id, "guesser", "wrong-password", null, null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain(reference);
    }

    @Test
    void listsShowOnlyWhatTheUserMaySee() {
        for (String user : ALLOWED) {
            assertThat(list(user)).as(user).contains(id);
        }
        for (String user : NOT_ALLOWED) {
            assertThat(list(user)).as(user).doesNotContain(id);
        }
        assertThat(http.get("/api/applications", null).statusCode()).isEqualTo(401);
    }

    @Test
    void onlyApplicantsSubmit() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "staff-cannot-submit-1");
        for (String staff : List.of("clerk", "supervisor", "manager")) {
            var response = as(staff).exchange("/api/applications", HttpMethod.POST,
                    new HttpEntity<>(TestApplications.twoChildren(), headers), String.class);
            assertThat(response.getStatusCode().value()).as(staff).isEqualTo(403);
        }
        assertThat(http.send("POST", "/api/applications", null, null, "application/json", "{}",
                "Idempotency-Key", "anonymous-key-1").statusCode()).isEqualTo(401);
    }

    @Test
    void othersCannotUploadToTheApplication() {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("kind", "LEASE_CONTRACT");
        body.add("file", new org.springframework.core.io.ByteArrayResource("%PDF-1.4".getBytes()) {
            @Override
            public String getFilename() {
                return "lease.pdf";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        for (String user : NOT_ALLOWED) {
            assertThat(as(user).exchange("/api/applications/" + id + "/documents", HttpMethod.POST,
                    new HttpEntity<>(body, headers), String.class).getStatusCode().value()).isEqualTo(404);
        }
        assertThat(http.send("POST", "/api/applications/" + id + "/documents", null, null,
                "multipart/form-data; boundary=x", "--x--").statusCode()).isEqualTo(401);
    }

    @Test
    void theEngineRestApiIsForStaffOnly() {
        assertThat(http.get("/engine-rest/task", null).statusCode()).isEqualTo(401);
        assertThat(http.get("/engine-rest/task", "family").statusCode()).isEqualTo(403);
        assertThat(http.get("/engine-rest/task?maxResults=50", "clerk").statusCode()).isEqualTo(200);
        // Unbounded lists are refused to signed-in users (queryMaxResultsLimit).
        assertThat(http.get("/engine-rest/task", "clerk").statusCode()).isEqualTo(400);
        assertThat(http.get("/engine-rest/process-instance", null).statusCode()).isEqualTo(401);
        assertThat(http.get("/engine-rest/process-instance", "family2").statusCode()).isEqualTo(403);
        // City-wide counts per process are the managers'.
        assertThat(http.get("/engine-rest/process-definition/statistics", "clerk").statusCode()).isEqualTo(403);
        assertThat(http.get("/engine-rest/process-definition/key/ResidencyApplication/statistics", "clerk2")
                .statusCode()).isEqualTo(403);
        assertThat(http.get("/engine-rest/process-definition/statistics", "manager").statusCode()).isEqualTo(200);
    }

    @Test
    void overTheEngineRestApiTheReviewerCannotClaimTheDecisionInAnotherName() {
        JsonNode created = new CaseDriver(rest, tasks).submit("family", TestApplications.twoChildren()).getBody();
        var cases = new CaseDriver(rest, tasks);
        String ref = created.get("reference").asText();
        var review = cases.awaitTask(ref, "Task_ReviewEvidence", "clerk-futian");
        assertThat(http.send("POST", "/engine-rest/task/" + review.getId() + "/claim", "clerk", "clerk",
                "application/json", "{\"userId\":\"clerk\"}").statusCode()).isEqualTo(204);
        assertThat(http.send("POST", "/engine-rest/task/" + review.getId() + "/complete", "clerk", "clerk",
                "application/json", "{\"variables\":{\"evidenceAccepted\":{\"value\":false},"
                        + "\"reviewNote\":{\"value\":\"missing deed\"}}}").statusCode()).isEqualTo(204);
        var decision = cases.awaitTask(ref, "Task_DecideApplication", "supervisor-futian");

        var claimForAnother = http.send("POST", "/engine-rest/task/" + decision.getId() + "/claim", "clerk", "clerk",
                "application/json", "{\"userId\":\"supervisor\"}");
        // The reviewing clerk is no candidate for the decision: the engine refuses before four eyes need to.
        assertThat(claimForAnother.statusCode()).isEqualTo(403);
        assertThat(claimForAnother.body()).contains("AuthorizationException");
        assertThat(tasks.createTaskQuery().taskId(decision.getId()).singleResult().getAssignee()).isNull();

        // A supervisor cannot approve what the clerk did not accept, even by resending the variable.
        http.send("POST", "/engine-rest/task/" + decision.getId() + "/claim", "supervisor", "supervisor",
                "application/json", "{\"userId\":\"supervisor\"}");
        var resent = http.send("POST", "/engine-rest/task/" + decision.getId() + "/complete", "supervisor",
                "supervisor", "application/json", "{\"variables\":{\"approved\":{\"value\":true},"
                        + "\"evidenceAccepted\":{\"value\":true},\"reviewedBy\":{\"value\":\"nobody\"}}}");
        assertThat(resent.statusCode()).isEqualTo(400); // not fields of the decision's form
        var approve = http.send("POST", "/engine-rest/task/" + decision.getId() + "/complete", "supervisor",
                "supervisor", "application/json", "{\"variables\":{\"approved\":{\"value\":true}}}");
        assertThat(approve.statusCode()).isNotEqualTo(204);
        assertThat(approve.body()).contains("cannot be approved");
    }

    @Test
    void anEncodedLoginPathDoesNotSlipPastTheGuard() {
        RawHttp browser = RawHttp.withCookies(port);
        var page = browser.get("/camunda/app/tasklist/default/", null);
        String token = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.substring(11, c.indexOf(';')))
                .findFirst().orElse("");
        var response = browser.send("POST", "/camunda/api/admin/auth/user/default/log%69n/tasklist", null, null,
                "application/x-www-form-urlencoded", "username=family&password=family", "X-XSRF-TOKEN", token);
        assertThat(response.statusCode()).isNotEqualTo(200);
    }

    @Test
    void familiesCannotSignInToTheCamundaWebapps() {
        var family = webappLogin("family");
        assertThat(family.statusCode()).isEqualTo(403);
        assertThat(family.body()).doesNotContain("authorizedApps");
        assertThat(webappLogin("clerk").statusCode()).isEqualTo(200);
        assertThat(webappLogin("manager").statusCode()).isEqualTo(200);
    }

    /** Signs in as the Tasklist page does: fetch the page for its CSRF cookie, then post the form. */
    private java.net.http.HttpResponse<String> webappLogin(String user) {
        RawHttp browser = RawHttp.withCookies(port);
        var page = browser.get("/camunda/app/tasklist/default/", null);
        String token = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.substring(11, c.indexOf(';')))
                .findFirst().orElse("");
        return browser.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", null, null,
                "application/x-www-form-urlencoded", "username=" + user + "&password=" + user, "X-XSRF-TOKEN", token);
    }

    private List<String> list(String user) {
        JsonNode page = as(user).getForObject("/api/applications?size=100", JsonNode.class);
        List<String> ids = new ArrayList<>();
        page.forEach(a -> ids.add(a.get("id").asText()));
        return ids;
    }

    private TestRestTemplate as(String user) {
        if (user == null) {
            return rest;
        }
        String[] credentials = user.contains(":") ? user.split(":") : new String[] {user, user};
        return rest.withBasicAuth(credentials[0], credentials[1]);
    }

}
