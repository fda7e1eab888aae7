package cn.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.RawHttp;
import cn.anju.TestApplications;
import cn.anju.TestFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application, walked by every demo user and anonymously, against one approved
 * Futian case of "family". Who is entitled is written down per endpoint; everyone else must be
 * refused (401, 403, 404, or the sign-in page) and must never see the case's reference, a child's
 * name or an identity number. A new endpoint without a row here fails the test: access is decided,
 * not inherited.
 */
@AnjuSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryEndpointAccessHttpTest {

    static final String ANONYMOUS = "anonymous";
    static final List<String> USERS = List.of(ANONYMOUS, "family", "family2", "clerk", "supervisor", "education",
            "health", "manager", "clerk2");
    static final Set<String> CASE_READERS = Set.of("family", "clerk", "supervisor", "education", "health", "manager");
    /** Staff of the case's district and managers: the case workspace (its family has its own page). */
    static final Set<String> CASE_STAFF = Set.of("clerk", "supervisor", "education", "health", "manager");
    static final Set<String> APPLICANTS = Set.of("family", "family2");
    static final Set<String> STAFF = Set.of("clerk", "supervisor", "education", "health", "manager", "clerk2");
    static final Set<String> SIGNED_IN = Set.of("family", "family2", "clerk", "supervisor", "education", "health",
            "manager", "clerk2");
    static final Set<String> EVERYONE = Set.copyOf(USERS);

    /**
     * One endpoint: who may use it, whether a call changes state (then entitled users are not called:
     * the functional tests do that), and whether everyone may call it but sees only their own (lists).
     */
    record Endpoint(String method, String pattern, Set<String> entitled, boolean mutates, boolean scopedList) {
        static Endpoint read(String method, String pattern, Set<String> entitled) {
            return new Endpoint(method, pattern, entitled, false, false);
        }

        static Endpoint write(String method, String pattern, Set<String> entitled) {
            return new Endpoint(method, pattern, entitled, true, false);
        }

        static Endpoint list(String pattern, Set<String> callers) {
            return new Endpoint("GET", pattern, callers, false, true);
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            Endpoint.write("POST", "/api/applications", APPLICANTS),
            Endpoint.list("/api/applications", SIGNED_IN),
            Endpoint.read("GET", "/api/applications/{id}", CASE_READERS),
            Endpoint.write("POST", "/api/applications/{id}/documents", Set.of("family", "clerk", "supervisor",
                    "education", "health", "manager")),
            Endpoint.read("GET", "/api/applications/{id}/documents", CASE_READERS),
            Endpoint.read("GET", "/api/applications/{id}/documents/{documentId}", CASE_READERS),
            Endpoint.write("POST", "/api/applications/{id}/responses", Set.of("family")),
            Endpoint.read("GET", "/api/applications/{id}/certificates", CASE_READERS),
            Endpoint.read("GET", "/api/applications/{id}/progress", CASE_READERS),
            Endpoint.read("GET", "/api/applications/{id}/journey", CASE_READERS),
            Endpoint.read("GET", "/api/applications/{id}/certificates.zip", CASE_READERS),
            Endpoint.read("GET", "/api/certificates/{code}.pdf", CASE_READERS),
            Endpoint.write("POST", "/api/certificates/{code}/revocation", Set.of("supervisor", "manager")),
            Endpoint.write("POST", "/api/certificates/{code}/reissue", Set.of("supervisor", "manager")),
            Endpoint.read("GET", "/api/verify/{code}", EVERYONE),
            Endpoint.read("GET", "/api/consent-text", EVERYONE),
            Endpoint.read("GET", "/api/access-log", Set.of("manager")),
            Endpoint.read("GET", "/api/access-log.csv", Set.of("manager")),
            Endpoint.read("GET", "/api/applications/{id}/access-log", Set.of("family", "manager")),
            Endpoint.read("GET", "/api/applications/{id}/identity-numbers", CASE_READERS),
            Endpoint.read("GET", "/verify/{code}", EVERYONE),
            Endpoint.write("POST", "/api/tasks/{taskId}/assignee", Set.of("supervisor", "manager")),
            Endpoint.read("GET", "/api/placement/schools", STAFF),
            Endpoint.read("GET", "/api/placement/clinics", STAFF),
            Endpoint.read("GET", "/api/drafts/application", APPLICANTS),
            Endpoint.write("PUT", "/api/drafts/application", APPLICANTS),
            Endpoint.write("DELETE", "/api/drafts/application", APPLICANTS),
            Endpoint.read("GET", "/dashboard", Set.of("manager")),
            Endpoint.read("GET", "/api/dashboard", Set.of("manager")),
            Endpoint.read("GET", "/api/dashboard.csv", Set.of("manager")),
            Endpoint.read("GET", "/api/dashboard/follow-on-work", Set.of("manager")),
            Endpoint.write("POST", "/api/dashboard/follow-on-work/retry", Set.of("manager")),
            Endpoint.read("GET", "/login", EVERYONE),
            Endpoint.read("GET", "/signup", EVERYONE),
            Endpoint.write("POST", "/signup", EVERYONE),
            Endpoint.read("GET", "/home", SIGNED_IN),
            Endpoint.list("/portal", SIGNED_IN),
            Endpoint.read("GET", "/portal/apply", SIGNED_IN),
            Endpoint.read("GET", "/portal/applications/{id}", CASE_READERS),
            Endpoint.read("GET", "/staff/applications/{id}", CASE_STAFF),
            Endpoint.read("GET", "/staff/applications/{id}/documents/{documentId}", CASE_STAFF));

    /** What an entitled caller sends along, so that a success is a success and not a 400. */
    static final Map<String, String> QUERIES = Map.of(
            "/api/placement/schools", "?district=Futian&grade=1",
            "/api/placement/clinics", "?district=Futian",
            "/api/applications/{id}/identity-numbers", "?taskId=access-walk");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @LocalServerPort
    int port;

    RawHttp http;
    String reference;
    Map<String, String> ids;

    @BeforeAll
    void anApprovedFutianCaseOfFamilyWithADocument() throws Exception {
        http = new RawHttp(port);
        var cases = new CaseDriver(rest, tasks);
        JsonNode created = cases.submit("family", TestApplications.twoChildren()).getBody();
        String id = created.get("id").asText();
        reference = created.get("reference").asText();
        var file = new LinkedMultiValueMap<String, Object>();
        file.add("kind", "LEASE_CONTRACT");
        file.add("file", new ByteArrayResource(TestFiles.pdf(1, null)) {
            @Override
            public String getFilename() {
                return "lease.pdf";
            }
        });
        var upload = rest.withBasicAuth("family", "family").postForEntity("/api/applications/" + id + "/documents",
                new HttpEntity<>(file, multipartHeaders()), JsonNode.class);
        assertThat(upload.getStatusCode().value()).isEqualTo(201);
        String documentId = upload.getBody().get("id").asText();
        cases.approve(id, reference);
        String code = cases.status("family", id).get("certificates").get(0).get("code").asText();
        // The case is decided: its review is closed, and no one may reassign a task that is not open.
        String review = historicReview(reference);
        ids = Map.of("{id}", id, "{documentId}", documentId, "{code}", code, "{taskId}", review);
    }

    @Test
    void everyEndpointOfTheApplicationHasARow(
            @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("cn.anju")) {
                info.getMethodsCondition().getMethods().forEach(m -> info.getPatternValues()
                        .forEach(p -> served.add(m.name() + " " + p)));
            }
        });
        Set<String> listed = new TreeSet<>();
        ENDPOINTS.forEach(e -> listed.add(e.method() + " " + e.pattern()));
        assertThat(listed).isEqualTo(served);
    }

    Stream<Arguments> everyEndpointByEveryUser() {
        List<Arguments> calls = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (String user : USERS) {
                boolean entitled = endpoint.entitled().contains(user);
                if (entitled && endpoint.mutates()) {
                    continue;
                }
                calls.add(Arguments.of(endpoint.method() + " " + endpoint.pattern(), user, endpoint, entitled));
            }
        }
        return calls.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointByEveryUser")
    void onlyTheEntitledGetIn(String name, String user, Endpoint endpoint, boolean entitled) {
        String path = endpoint.pattern();
        for (var id : ids.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        path += QUERIES.getOrDefault(endpoint.pattern(), "");
        String[] body = bodyOf(endpoint);
        String who = ANONYMOUS.equals(user) ? null : user;
        var response = http.send(endpoint.method(), path, who, who, body[0], body[1],
                "Idempotency-Key", "access-walk-" + user + "-" + endpoint.pattern().hashCode());
        int status = response.statusCode();
        boolean toSignIn = status == 302 && response.headers().firstValue("Location").orElse("").endsWith("/login");
        if (entitled) {
            assertThat(status).as("entitled " + user).isBetween(200, 399);
            assertThat(toSignIn).as("entitled " + user + " sent to sign in").isFalse();
            return;
        }
        if (endpoint.scopedList() && status == 200) {
            assertThat(response.body()).as("list of " + user).doesNotContain(reference);
            return;
        }
        assertThat(status == 401 || status == 403 || status == 404 || toSignIn)
                .as("%s refused, was %d", user, status).isTrue();
        assertThat(response.body()).doesNotContain(reference).doesNotContain("李小明")
                .doesNotContain(TestApplications.CHILD_1_ID).doesNotContain(TestApplications.PARENT_ID);
    }

    /** A body the endpoint would accept, so that a refusal is about who asks, not what is sent. */
    private String[] bodyOf(Endpoint endpoint) {
        return switch (endpoint.method() + " " + endpoint.pattern()) {
            case "POST /api/applications" -> new String[] {"application/json", json(TestApplications.twoChildren())};
            case "POST /api/applications/{id}/documents" -> new String[] {"multipart/form-data; boundary=b",
                    multipart("%PDF-1.4 refused before it is read")};
            case "POST /api/applications/{id}/responses" -> new String[] {"application/json", "{\"note\":\"sent\"}"};
            case "POST /api/certificates/{code}/revocation", "POST /api/certificates/{code}/reissue" ->
                    new String[] {"application/json", "{\"reason\":\"issued in error\"}"};
            case "PUT /api/drafts/application" -> new String[] {"application/json", "{\"values\":{}}"};
            case "POST /api/tasks/{taskId}/assignee" -> new String[] {"application/json", "{\"userId\":\"clerk\"}"};
            default -> new String[] {null, null};
        };
    }

    private String historicReview(String reference) {
        return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("Task_ReviewEvidence").list().get(0).getId();
    }

    private static HttpHeaders multipartHeaders() {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return headers;
    }

    private static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String multipart(String pdf) {
        return "--b\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nLEASE_CONTRACT\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lease.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n" + pdf + "\r\n--b--\r\n";
    }
}
