package cn.anju.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.RawHttp;
import cn.anju.TestApplications;
import cn.anju.TestFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The clerk's workspace of a Futian case whose lease the housing registry knows at another address: the
 * declaration beside the registry's answer with the address marked, both documents inline, the open
 * review linked to Tasklist; a 404 page in the reader's language for everyone else and every other id.
 */
@AnjuSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseWorkspaceHttpTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @LocalServerPort
    int port;

    RawHttp http;
    String id;
    String reference;
    String lease;
    String photo;
    Task review;

    @BeforeAll
    void aFutianCaseAtAnotherAddressThanRegistered() throws Exception {
        http = new RawHttp(port);
        var cases = new CaseDriver(rest, tasks);
        Map<String, Object> application = TestApplications.registeredLease();
        TestApplications.at(application, "address").put("line", "莲花路 1001 号 3 栋 503");
        JsonNode created = cases.submit("family", application).getBody();
        id = created.get("id").asText();
        reference = created.get("reference").asText();
        lease = cases.upload("family", id, "LEASE_CONTRACT", "lease.pdf", TestFiles.pdf(2, null));
        photo = cases.upload("family", id, "HUKOU_BOOKLET", "booklet.png", TestFiles.png(400, 300));
        review = cases.awaitTask(reference, "Task_ReviewEvidence", "clerk-futian");
    }

    @Test
    void theClerkSeesTheDeclarationBesideTheRegistryWithTheAddressMarked() {
        var page = http.get("/staff/applications/" + id, "clerk");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(reference, "李建国", TestApplications.PARENT_ID, "李小明", "李小红",
                TestApplications.CHILD_1_ID);
        assertThat(page.body()).contains("<tr data-field=\"ADDRESS\" class=\"mismatch\">")
                .contains("<tr data-field=\"NUMBER\" class=\"match\">", "<tr data-field=\"HOLDER\" class=\"match\">",
                        "<tr data-field=\"REGISTRATION_NUMBER\" class=\"match\">")
                .contains("莲花路 1001 号 3 栋 503", "莲花路1001号3栋502")
                .doesNotContain("住房登记系统中没有该编号");
    }

    @Test
    void everyDocumentIsInlineThePdfInASandboxedFrame() {
        String body = http.get("/staff/applications/" + id, "clerk").body();

        assertThat(body).contains("<img src=\"/api/applications/" + id + "/documents/" + photo + "\"");
        assertThat(body).containsPattern("<iframe class=\"pdf\" sandbox=\"allow-scripts\"\\s+src=\"/staff/applications/"
                + id + "/documents/" + lease + "\"");
        var frame = http.get("/staff/applications/" + id + "/documents/" + lease, "clerk");
        assertThat(frame.statusCode()).isEqualTo(200);
        assertThat(frame.body()).contains("/webjars/pdfjs-dist/legacy/build/pdf.min.js", "lease.pdf")
                .doesNotContain("<header");
        assertThat(http.get("/webjars/pdfjs-dist/legacy/build/pdf.min.js", null).statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenReviewIsLinkedToTasklist() {
        String body = http.get("/staff/applications/" + id, "clerk").body();

        assertThat(body).contains("href=\"/camunda/app/tasklist/default/#/?task=" + review.getId() + "\"",
                review.getName());
    }

    @Test
    void managersSeeEveryDistrictsCases() {
        assertThat(http.get("/staff/applications/" + id, "manager").statusCode()).isEqualTo(200);
    }

    @Test
    void anotherDistrictTheFamilyAndUnknownIdsGetTheNotFoundPageInTheirLanguage() {
        for (String path : new String[] {"/staff/applications/" + id + "?lang=zh-CN",
                "/staff/applications/" + UUID.randomUUID() + "?lang=zh-CN"}) {
            for (String user : new String[] {"clerk2", "family", "clerk"}) {
                if (user.equals("clerk") && path.contains(id)) {
                    continue;
                }
                var page = http.get(path, user);
                assertThat(page.statusCode()).as(user + " " + path).isEqualTo(404);
                assertThat(page.body()).as(user + " " + path).contains("找不到该案件或材料").doesNotContain(reference);
            }
        }
        var english = http.get("/staff/applications/" + id + "?lang=en", "clerk2");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("No such case or document").doesNotContain("李小明");
    }

    @Test
    void aDocumentOfAnotherCaseIsNotFoundInThisOne() throws Exception {
        var cases = new CaseDriver(rest, tasks);
        String other = cases.submit("family", TestApplications.twoChildren()).getBody().get("id").asText();
        String theirs = cases.upload("family", other, "LEASE_CONTRACT", "other.pdf", TestFiles.pdf(1, null));

        var page = http.get("/staff/applications/" + id + "/documents/" + theirs + "?lang=en", "clerk");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("No such case or document").doesNotContain("other.pdf");
        assertThat(http.get("/staff/applications/" + other + "/documents/" + theirs, "clerk").statusCode())
                .isEqualTo(200);
    }
}
