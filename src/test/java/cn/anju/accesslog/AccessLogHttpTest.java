package cn.anju.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.RawHttp;
import cn.anju.TestApplications;
import cn.anju.TestFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Every staff read of a case leaves a record: managers find and export it, the family sees the office
 * (never the name), and no call changes or removes one.
 */
@AnjuSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLogHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    RawHttp http;
    String id;
    String documentId;

    @BeforeAll
    void aCaseOpenedByTheFamilyAClerkAndAManager() throws Exception {
        http = new RawHttp(port);
        id = new CaseDriver(rest, tasks).submit("family", TestApplications.twoChildren()).getBody().get("id").asText();
        var file = new LinkedMultiValueMap<String, Object>();
        file.add("kind", "LEASE_CONTRACT");
        file.add("file", new ByteArrayResource(TestFiles.pdf(1, null)) {
            @Override
            public String getFilename() {
                return "lease.pdf";
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        documentId = rest.withBasicAuth("family", "family").postForEntity("/api/applications/" + id + "/documents",
                new HttpEntity<>(file, headers), JsonNode.class).getBody().get("id").asText();

        assertThat(http.get("/api/applications/" + id, "family").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/applications/" + id + "/documents", "family").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/applications/" + id + "?taskId=task-4711", "clerk").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/applications/" + id + "/documents", "clerk").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/applications/" + id + "/documents/" + documentId + "?taskId=task-4711", "clerk")
                .statusCode()).isEqualTo(200);
        assertThat(http.get("/api/applications/" + id + "/certificates", "manager").statusCode()).isEqualTo(200);
        // Refused reads are no access: another district's clerk learns nothing and leaves no record.
        assertThat(http.get("/api/applications/" + id, "clerk2").statusCode()).isEqualTo(404);
    }

    @Test
    void eachStaffReadIsOneRecordWithWhoWhenWhatAndTheTask() throws Exception {
        JsonNode records = JSON.readTree(http.get("/api/access-log?applicationId=" + id, "manager").body());

        assertThat(records).hasSize(4);
        assertThat(records.findValuesAsText("username")).containsExactly("clerk", "clerk", "clerk", "manager");
        assertThat(records.findValuesAsText("role")).containsExactly("CLERK", "CLERK", "CLERK", "MANAGER");
        assertThat(records.findValuesAsText("what"))
                .containsExactly("APPLICATION", "DOCUMENT_LIST", "DOCUMENT", "CERTIFICATE_LIST");
        assertThat(records.get(0).get("district").asText()).isEqualTo("FUTIAN");
        assertThat(records.get(0).get("taskId").asText()).isEqualTo("task-4711");
        assertThat(records.get(1).get("taskId")).isNull();
        assertThat(records.get(2).get("taskId").asText()).isEqualTo("task-4711");
        assertThat(records.get(0).get("occurredAt").asText()).startsWith(LocalDate.now().getYear() + "-");
    }

    @Test
    void managersSearchByUserAndPeriod() throws Exception {
        String today = LocalDate.now().toString();
        assertThat(JSON.readTree(http.get("/api/access-log?applicationId=" + id + "&user=manager", "manager").body()))
                .hasSize(1);
        assertThat(JSON.readTree(http.get("/api/access-log?applicationId=" + id + "&from=" + LocalDate.now()
                .minusDays(1) + "&to=" + today, "manager").body())).hasSize(4);
        assertThat(JSON.readTree(http.get("/api/access-log?applicationId=" + id + "&from=" + LocalDate.now()
                .plusDays(1), "manager").body())).isEmpty();
        var bad = http.get("/api/access-log?from=yesterday&applicationId=nope", "manager");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("from", "applicationId");
    }

    @Test
    void theExportIsACsvByNameOrByAccept() {
        for (var response : new java.net.http.HttpResponse[] {
                http.get("/api/access-log.csv?applicationId=" + id, "manager"),
                http.send("GET", "/api/access-log?applicationId=" + id, "manager", "manager", null, null,
                        "Accept", "text/csv")}) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            String[] lines = response.body().toString().split("\r\n");
            assertThat(lines).hasSize(5);
            assertThat(lines[0]).endsWith("id,occurredAt,user,role,district,applicationId,what,taskId");
            assertThat(lines[1]).contains("\"clerk\",CLERK,FUTIAN," + id + ",APPLICATION,\"task-4711\"");
        }
    }

    @Test
    void theFamilySeesTheOfficeAndNeverTheName() throws Exception {
        var response = http.send("GET", "/api/applications/" + id + "/access-log", "family", "family", null, null,
                "Accept-Language", "en");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode records = JSON.readTree(response.body());
        assertThat(records).hasSize(4);
        assertThat(records.findValuesAsText("role")).containsExactly("CLERK", "CLERK", "CLERK", "MANAGER");
        assertThat(records.get(0).get("office").asText()).contains("Futian", "clerk");
        assertThat(records.get(0).get("whatText").asText()).isNotBlank();
        assertThat(records.get(0).has("username")).isFalse();
        assertThat(response.body()).doesNotContain("\"clerk\"", "\"manager\"", "task-4711");
    }

    @Test
    void onlyManagersReadTheLogAndOnlyTheFamilyAndManagersTheCasesView() {
        for (String user : new String[] {"family", "clerk", "supervisor"}) {
            assertThat(http.get("/api/access-log", user).statusCode()).isEqualTo(403);
            assertThat(http.get("/api/access-log.csv", user).statusCode()).isEqualTo(403);
        }
        assertThat(http.get("/api/access-log", null).statusCode()).isEqualTo(401);
        for (String user : new String[] {"family2", "clerk", "clerk2"}) {
            assertThat(http.get("/api/applications/" + id + "/access-log", user).statusCode()).isEqualTo(404);
        }
        assertThat(http.get("/api/applications/" + id + "/access-log", "manager").statusCode()).isEqualTo(200);
    }

    @Test
    void noCallChangesOrRemovesARecord() {
        long before = count();
        for (String method : new String[] {"DELETE", "PUT", "PATCH", "POST"}) {
            for (String path : new String[] {"/api/access-log", "/api/applications/" + id + "/access-log"}) {
                var response = http.send(method, path, "manager", "manager", "application/json", "[]");
                assertThat(response.statusCode()).as(method + " " + path).isBetween(400, 499);
            }
        }
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return jdbc.sql("select count(*) from access_record where application_id = cast(? as uuid)").param(id)
                .query(Long.class).single();
    }
}
