package cn.anju.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.RawHttp;
import cn.anju.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The managers' dashboard over HTTP. The context is shared with other classes, so figures are compared
 * before and after this class's own cases, with the engine idle in between.
 */
@AnjuSpringBootTest
class DashboardHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    RawHttp http;
    CaseDriver cases;

    @BeforeEach
    void setUp() {
        http = new RawHttp(port);
        cases = new CaseDriver(rest, tasks);
    }

    @Test
    void aCaseMovesTheFiguresFromSubmissionToApproval() {
        JsonNode before = quietDashboard("district=Futian");
        JsonNode city = dashboard("");
        JsonNode nanshan = dashboard("district=Nanshan");

        JsonNode created = cases.submit("family", TestApplications.twoChildren()).getBody();
        String id = created.get("id").asText();
        String reference = created.get("reference").asText();
        cases.awaitTask(reference, "Task_ReviewEvidence", "clerk-futian");

        JsonNode inReview = dashboard("district=Futian");
        assertThat(kpi(inReview, "total") - kpi(before, "total")).isEqualTo(1);
        assertThat(kpi(inReview, "open") - kpi(before, "open")).isEqualTo(1);
        assertThat(count(inReview, "byStatus", "IN_REVIEW") - count(before, "byStatus", "IN_REVIEW")).isEqualTo(1);
        assertThat(count(inReview, "byStage", "EVIDENCE_REVIEW") - count(before, "byStage", "EVIDENCE_REVIEW"))
                .isEqualTo(1);
        assertThat(backlog(inReview, "FUTIAN").get("open").asLong() - backlog(before, "FUTIAN").get("open").asLong())
                .isEqualTo(1);
        // The district filter narrows: Nanshan does not see a Futian case, the whole city does.
        assertThat(kpi(dashboard("district=Nanshan"), "total")).isEqualTo(kpi(nanshan, "total"));
        assertThat(kpi(dashboard(""), "total") - kpi(city, "total")).isEqualTo(1);
        assertThat(inReview.get("backlogByDistrict")).hasSize(1);
        assertThat(dashboard("").get("backlogByDistrict")).hasSize(10);

        // A deadline within 3 days, then a passed one, as the projection records them.
        setDeadline(id, TODAY.plusDays(3));
        JsonNode dueSoon = dashboard("district=Futian");
        assertThat(kpi(dueSoon, "dueSoon") - kpi(before, "dueSoon")).isEqualTo(1);
        assertThat(kpi(dueSoon, "overdue")).isEqualTo(kpi(before, "overdue"));
        setDeadline(id, TODAY.minusDays(1));
        JsonNode overdue = dashboard("district=Futian");
        assertThat(kpi(overdue, "overdue") - kpi(before, "overdue")).isEqualTo(1);
        assertThat(kpi(overdue, "dueSoon")).isEqualTo(kpi(before, "dueSoon"));
        assertThat(backlog(overdue, "FUTIAN").get("overdue").asLong() - backlog(before, "FUTIAN").get("overdue").asLong())
                .isEqualTo(1);
        setDeadline(id, TODAY.plusDays(15));

        cases.approve(id, reference);
        JsonNode approved = quietDashboard("district=Futian");
        JsonNode children = cases.status("manager", id).get("children");
        long walking = 0;
        long transport = 0;
        long clinics = 0;
        for (JsonNode child : children) {
            if (!child.path("school").isMissingNode() && !child.path("school").isNull()) {
                if (child.path("transport").isMissingNode() || child.path("transport").isNull()) {
                    walking++;
                } else {
                    transport++;
                }
            }
            if (!child.path("clinic").isMissingNode() && !child.path("clinic").isNull()) {
                clinics++;
            }
        }
        assertThat(walking + transport).as("both children have a school").isEqualTo(2);
        assertThat(kpi(approved, "total") - kpi(before, "total")).isEqualTo(1);
        assertThat(kpi(approved, "open")).isEqualTo(kpi(before, "open"));
        assertThat(kpi(approved, "approved") - kpi(before, "approved")).isEqualTo(1);
        assertThat(kpi(approved, "automatic")).isEqualTo(kpi(before, "automatic"));
        assertThat(kpi(approved, "walking") - kpi(before, "walking")).isEqualTo(walking);
        assertThat(kpi(approved, "withTransport") - kpi(before, "withTransport")).isEqualTo(transport);
        assertThat(kpi(approved, "clinicRegistrations") - kpi(before, "clinicRegistrations")).isEqualTo(clinics);
        assertThat(kpi(approved, "seatsUsed") - kpi(before, "seatsUsed")).isEqualTo(2);
        assertThat(count(approved, "byStatus", "APPROVED") - count(before, "byStatus", "APPROVED")).isEqualTo(1);
        long decided = kpi(approved, "approved") + kpi(approved, "rejected");
        assertThat(approved.at("/kpis/approvalRate").asDouble())
                .isCloseTo((double) kpi(approved, "approved") / decided, org.assertj.core.data.Offset.offset(0.001));
        // Every case of this run was decided within minutes.
        assertThat(approved.at("/kpis/medianDaysToDecision").asDouble()).isBetween(0.0, 0.1);
        assertThat(approved.at("/kpis/medianHoursToDecision").asDouble()).isBetween(0.0, 2.4);
        long seatsOfSchools = 0;
        for (JsonNode school : approved.get("seatsBySchool")) {
            assertThat(school.get("district").asText()).isEqualTo("FUTIAN");
            assertThat(school.get("used").asLong()).isBetween(0L, school.get("capacity").asLong());
            seatsOfSchools += school.get("used").asLong();
        }
        assertThat(seatsOfSchools).isEqualTo(kpi(approved, "seatsUsed"));

        // A child moved to the waitlist (as placement does when no seat is free) is counted there.
        String childId = children.get(0).get("id").asText();
        String seatStatus = jdbc.sql("select status from school_seat where child_id = ?").param(UUID.fromString(childId))
                .query(String.class).single();
        jdbc.sql("update school_seat set status = 'WAITLISTED' where child_id = ?").param(UUID.fromString(childId)).update();
        try {
            JsonNode waiting = dashboard("district=Futian");
            assertThat(kpi(waiting, "waitlisted") - kpi(approved, "waitlisted")).isEqualTo(1);
            assertThat(kpi(dashboard("district=Nanshan"), "waitlisted")).isEqualTo(kpi(nanshan, "waitlisted"));
        } finally {
            jdbc.sql("update school_seat set status = ? where child_id = ?").params(seatStatus, UUID.fromString(childId))
                    .update();
        }
    }

    @Test
    void aStraightThroughApprovalCountsAsAutomatic() {
        JsonNode before = quietDashboard("");
        JsonNode created = cases.submit("family", TestApplications.registeredLease()).getBody();
        cases.awaitStatus(created.get("id").asText(), "APPROVED");
        JsonNode after = quietDashboard("");
        assertThat(kpi(after, "approved") - kpi(before, "approved")).isEqualTo(1);
        assertThat(kpi(after, "automatic") - kpi(before, "automatic")).isEqualTo(1);
        long decided = kpi(after, "approved") + kpi(after, "rejected");
        assertThat(after.at("/kpis/automaticRate").asDouble())
                .isCloseTo((double) kpi(after, "automatic") / decided, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void thePeriodFilterExcludesApplicationsSubmittedOutsideIt() {
        JsonNode past = dashboard("from=2020-01-01&to=2020-12-31");
        assertThat(past.at("/filter/from").asText()).isEqualTo("2020-01-01");
        assertThat(past.at("/filter/to").asText()).isEqualTo("2020-12-31");
        cases.submit("family", TestApplications.twoChildren());
        JsonNode after = dashboard("from=2020-01-01&to=2020-12-31");
        assertThat(kpi(after, "total")).isZero();
        assertThat(kpi(after, "approved")).isZero();
        // Nothing decided, no median: the field is left out (JSON without nulls).
        assertThat(after.at("/kpis/medianDaysToDecision").isMissingNode()).isTrue();
        assertThat(kpi(dashboard("from=" + TODAY + "&to=" + TODAY), "total")).isPositive();
    }

    @Test
    void withoutAPeriodTheLast90DaysAreShown() {
        JsonNode figures = dashboard("");
        assertThat(figures.at("/filter/to").asText()).isEqualTo(TODAY.toString());
        assertThat(figures.at("/filter/from").asText()).isEqualTo(TODAY.minusDays(89).toString());
        assertThat(figures.at("/filter/district").isMissingNode() || figures.at("/filter/district").isNull()).isTrue();
    }

    @Test
    void theCsvHoldsTheFiguresForASpreadsheet() {
        JsonNode figures = dashboard("district=Futian");
        HttpResponse<String> csv = http.get("/api/dashboard.csv?district=Futian&lang=en", "manager");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv").contains("UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment").contains("anju-dashboard-futian-");
        assertThat(csv.body()).startsWith("\uFEFFSection,Item,Value,Capacity\r\n")
                .contains("Filter,District,Futian,")
                .contains("Key figures,Applications," + kpi(figures, "total") + ",")
                .contains("Key figures,School seats used," + kpi(figures, "seatsUsed") + "," + kpi(figures, "seatsCapacity"))
                .contains("By status,Approved," + count(figures, "byStatus", "APPROVED") + ",")
                .contains("Open cases by district,Futian," + backlog(figures, "FUTIAN").get("open").asLong() + ",")
                .contains("School seats by school,FT-P01 ");

        HttpResponse<String> chinese = http.get("/api/dashboard.csv?lang=zh-CN", "manager");
        assertThat(chinese.body()).startsWith("\uFEFF类别,项目,数值,容量").contains("指标,申请总数,", "各区在办,福田区,");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/dashboard", "/api/dashboard.csv", "/dashboard"})
    void onlyManagersSeeTheDashboard(String path) {
        assertThat(http.get(path, "manager").statusCode()).isEqualTo(200);
        for (String user : new String[] {"clerk", "supervisor", "education", "health", "clerk2", "family"}) {
            assertThat(http.get(path, user).statusCode()).as(user).isEqualTo(403);
        }
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        HttpResponse<String> api = http.get("/api/dashboard", null);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(http.get("/api/dashboard.csv", null).statusCode()).isEqualTo(401);
        // A browser asks for HTML: it is sent to the sign-in form.
        HttpResponse<String> page = http.send("GET", "/dashboard", null, null, null, null, "Accept",
                "text/html,application/xhtml+xml");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "district=Atlantis|district",
            "from=2026-13-01|from",
            "to=yesterday|to",
            "to=%2B999999999-12-31|to",
            "from=-999999999-01-01|from",
            "from=2026-11-20&to=2026-11-01|from"})
    void badFiltersAre400WithTheField(String query, String field) throws Exception {
        for (String path : new String[] {"/api/dashboard?", "/api/dashboard.csv?"}) {
            HttpResponse<String> response = http.get(path + query, "manager");
            assertThat(response.statusCode()).as(path + query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(JSON.readTree(response.body()).get("errors").findValuesAsText("field")).containsExactly(field);
        }
    }

    @Test
    void districtsAreReadInEitherLanguage() {
        assertThat(dashboard("district=" + java.net.URLEncoder.encode("福田区", java.nio.charset.StandardCharsets.UTF_8))
                .at("/filter/district").asText()).isEqualTo("FUTIAN");
        assertThat(dashboard("district=NANSHAN").at("/filter/district").asText()).isEqualTo("NANSHAN");
    }

    @Test
    void thePageHasTheFilterTilesChartsAndCockpit() {
        HttpResponse<String> page = http.get("/dashboard?district=Futian", "manager");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("id=\"chart-status\"", "id=\"chart-stage\"", "id=\"chart-backlog\"",
                        "id=\"chart-seats-district\"", "id=\"chart-seats-school\"", "id=\"chart-waitlist\"",
                        "id=\"chart-school-way\"", "id=\"chart-clinics\"")
                .contains("data-kpi=\"total\"", "data-kpi=\"open\"", "data-kpi=\"approved\"", "data-kpi=\"rejected\"",
                        "data-kpi=\"dueSoon\"", "data-kpi=\"overdue\"", "data-kpi=\"medianDaysToDecision\"",
                        "data-kpi=\"approvalRate\"", "data-kpi=\"automaticRate\"", "data-kpi=\"waitlisted\"",
                        "data-kpi=\"seatsUsed\"")
                .contains("href=\"/camunda/app/cockpit/\"", "/webjars/chart.js/dist/chart.umd.js",
                        "/js/dashboard.js", "/api/dashboard.csv")
                .contains("<option value=\"Futian\" selected=\"selected\">福田区</option>", "管理看板")
                .contains("<script type=\"application/json\" id=\"page-data\">");
        assertThat(pageData(page.body()).at("/texts/status.SUBMITTED").asText()).isEqualTo("已提交");
        String english = http.get("/dashboard?lang=en", "manager").body();
        assertThat(english).contains("Managers&#39; dashboard", "Whole city", "<option value=\"Futian\">Futian</option>");
        assertThat(pageData(english).at("/texts/status.IN_REVIEW").asText()).isEqualTo("In review");

        HttpResponse<String> chartJs = http.get("/webjars/chart.js/dist/chart.umd.js", "manager");
        assertThat(chartJs.statusCode()).isEqualTo(200);
        assertThat(chartJs.body()).contains("Chart");
        HttpResponse<String> script = http.get("/js/dashboard.js", "manager");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("/api/dashboard", "dataset.loaded = 'true'");
    }

    @Test
    void managersStillSignInToCockpit() {
        RawHttp browser = RawHttp.withCookies(port);
        var page = browser.get("/camunda/app/cockpit/default/", null);
        String token = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.substring(11, c.indexOf(';')))
                .findFirst().orElse("");
        var login = browser.send("POST", "/camunda/api/admin/auth/user/default/login/cockpit", null, null,
                "application/x-www-form-urlencoded", "username=manager&password=manager", "X-XSRF-TOKEN", token);
        assertThat(login.statusCode()).isEqualTo(200);
    }

    private JsonNode dashboard(String query) {
        HttpResponse<String> response = http.get("/api/dashboard" + (query.isEmpty() ? "" : "?" + query), "manager");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The figures once no job of an earlier case is left to run, so that only this test moves them. */
    private JsonNode quietDashboard(String query) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> management.createJobQuery().executable().messages().count() == 0);
        return dashboard(query);
    }

    private void setDeadline(String id, LocalDate deadline) {
        jdbc.sql("update application set decision_deadline = ? where id = ?").params(deadline, UUID.fromString(id)).update();
    }

    private static long kpi(JsonNode figures, String name) {
        return figures.get("kpis").get(name).asLong();
    }

    private static long count(JsonNode figures, String list, String key) {
        for (JsonNode c : figures.get(list)) {
            if (c.get("key").asText().equals(key)) {
                return c.get("count").asLong();
            }
        }
        throw new AssertionError(key + " missing from " + list);
    }

    private static JsonNode backlog(JsonNode figures, String district) {
        for (JsonNode b : figures.get("backlogByDistrict")) {
            if (b.get("district").asText().equals(district)) {
                return b;
            }
        }
        throw new AssertionError(district + " missing from the backlog");
    }

    /** The JSON block the layout writes for the page's scripts. */
    private static JsonNode pageData(String page) {
        var block = java.util.regex.Pattern.compile("id=\"page-data\">(.*?)</script>", java.util.regex.Pattern.DOTALL)
                .matcher(page);
        assertThat(block.find()).as("page data").isTrue();
        try {
            return JSON.readTree(block.group(1));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
