package cn.anju.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A family submits over HTTP; staff complete the tasks as they would in Tasklist; the family downloads the PDF. */
@AnjuSpringBootTest
class ApplicationLifecycleHttpTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProcessEngine engine;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        cases = new CaseDriver(rest, tasks);
    }

    CaseDriver cases;

    ResponseEntity<JsonNode> submit(String user, Object body, String key) {
        return cases.submit(user, body, key);
    }

    JsonNode status(String user, String id) {
        return cases.status(user, id);
    }

    Task awaitTask(String reference, String taskKey, String candidateGroup) {
        return cases.awaitTask(reference, taskKey, candidateGroup);
    }

    void work(String user, Task task, Map<String, Object> variables) {
        cases.work(user, task, variables);
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    @Test
    void familyWithTwoChildrenIsApprovedAndDownloadsItsCertificate() throws Exception {
        ResponseEntity<JsonNode> created = submit("family", TestApplications.twoChildren(), newKey());
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        String reference = created.getBody().get("reference").asText();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/applications/" + id);
        assertThat(reference).matches("AJ-\\d{4}-[0-9A-Z]{8}");

        Task review = awaitTask(reference, "Task_ReviewEvidence", "clerk-futian");
        JsonNode inReview = status("family", id);
        assertThat(inReview.get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(inReview.get("stage").asText()).isEqualTo("EVIDENCE_REVIEW");
        assertThat(inReview.get("decisionDeadline").asText()).isNotEmpty();
        work("clerk", review, Map.of("evidenceAccepted", true, "reviewNote", "lease checked"));

        Task decision = awaitTask(reference, "Task_DecideApplication", "supervisor-futian");
        assertThat(status("family", id).get("stage").asText()).isEqualTo("DECISION");
        assertThatThrownBy(() -> tasks.claim(decision.getId(), "clerk")).hasMessageContaining("Four eyes");
        work("supervisor", decision, Map.of("approved", true, "decisionNote", "all in order"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> "APPROVED".equals(status("family", id).get("status").asText()));
        await().atMost(Duration.ofSeconds(30)).until(() -> !status("family", id).get("certificates").isEmpty());
        JsonNode approved = status("family", id);
        assertThat(approved.get("children")).extracting(c -> c.get("schoolEntry").asText())
                .containsExactly("GRADE_2", "GRADE_3"); // born 2019-05-02 and 2017-09-15, school year 2026-2027
        // Placed automatically: the catchment school of 莲花路 and the nearest clinic, with the reasons.
        assertThat(approved.get("children")).hasSize(2).allSatisfy(child -> {
            assertThat(child.get("school").asText()).isEqualTo("福田区莲花实验小学 Lianhua Experimental Primary School");
            assertThat(child.get("clinic").asText()).isEqualTo("莲花社区健康服务中心 Lianhua Community Health Service Centre");
            assertThat(child.get("explanation").get(0).asText()).contains("catchment school of 莲花路", "km");
        });
        assertThat(approved.get("children").get(1).get("explanation").toString())
                .contains("no vaccination certificate", "does not depend on it");
        List<String> timeline = new ArrayList<>();
        approved.get("timeline").forEach(e -> timeline.add(e.get("type").asText()));
        assertThat(timeline).containsSubsequence("SUBMITTED", "ACCEPTED", "ELIGIBILITY_DECIDED",
                "STAGE_EVIDENCE_REVIEW", "EVIDENCE_ACCEPTED", "CHILD_PLACED", "CHILD_PLACED",
                "STAGE_DECISION", "APPROVED", "CERTIFICATE_ISSUED");

        assertThat(approved.get("certificates")).hasSize(5); // the family's, and a school letter and clinic card per child
        JsonNode certificate = null;
        for (JsonNode c : approved.get("certificates")) {
            if ("RESIDENCE".equals(c.get("kind").asText())) {
                certificate = c;
            }
        }
        assertThat(certificate).isNotNull();
        ResponseEntity<byte[]> pdf = rest.withBasicAuth("family", "family")
                .getForEntity(certificate.get("url").asText(), byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (var document = Loader.loadPDF(pdf.getBody())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("居住证明", "Residence Certificate", reference, "李小明", "李小红", "李建国",
                    certificate.get("code").asText());
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC-Regular"); // embedded as a subset
            assertThat(font.isEmbedded()).isTrue();
        }
        // Not the family's: another applicant cannot download it.
        String url = certificate.get("url").asText();
        assertThat(rest.withBasicAuth("family2", "family2").getForEntity(url, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void clerkRecommendsRejectionAndTheSupervisorRejectsWithReasons() {
        var created = submit("family", TestApplications.twoChildren(), newKey()).getBody();
        String id = created.get("id").asText();
        String reference = created.get("reference").asText();
        work("clerk", awaitTask(reference, "Task_ReviewEvidence", "clerk-futian"),
                Map.of("evidenceAccepted", false, "reviewNote", "the lease names another tenant"));
        work("supervisor", awaitTask(reference, "Task_DecideApplication", "supervisor-futian"),
                Map.of("approved", false, "decisionNote", "the lease names another tenant"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> "REJECTED".equals(status("family", id).get("status").asText()));
        JsonNode rejected = status("family", id);
        assertThat(rejected.get("decisionReasons").asText()).isEqualTo("the lease names another tenant");
        assertThat(rejected.get("certificates")).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
    }

    @Test
    void threeDaysBeforeTheDeadlineTheOpenReviewIsRaisedAndOfferedToSupervisors() {
        var created = submit("family", TestApplications.twoChildren(), newKey()).getBody();
        String id = created.get("id").asText();
        String reference = created.get("reference").asText();
        Task review = awaitTask(reference, "Task_ReviewEvidence", "clerk-futian");
        var deadline = java.time.LocalDate.parse(status("family", id).get("decisionDeadline").asText());
        var management = engine.getManagementService();
        var timer = management.createJobQuery().processInstanceId(review.getProcessInstanceId()).timers()
                .singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(deadline.minusDays(3).atTime(9, 0)
                .atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());

        management.executeJob(timer.getId()); // as the job executor will on that morning

        Task raised = tasks.createTaskQuery().taskId(review.getId()).singleResult();
        assertThat(raised.getPriority()).isEqualTo(90);
        assertThat(tasks.createTaskQuery().taskId(review.getId()).taskCandidateGroup("supervisor-futian").count())
                .isOne();
        List<String> timeline = new ArrayList<>();
        status("family", id).get("timeline").forEach(e -> timeline.add(e.get("type").asText()));
        assertThat(timeline).contains("DEADLINE_ESCALATED");
        assertThat(status("family", id).get("status").asText()).isEqualTo("IN_REVIEW");
    }

    @Test
    void aFamilyWithoutARegisteredLeaseIsRejectedByTheRules() {
        var application = TestApplications.twoChildren();
        TestApplications.at(application, "housing").remove("registrationNumber");
        String id = submit("family", application, newKey()).getBody().get("id").asText();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> "REJECTED".equals(status("family", id).get("status").asText()));
        assertThat(status("family", id).get("decisionReasons").asText()).contains("LEASE_NOT_REGISTERED");
    }

    @Test
    void documentsAreAcceptedByContentAndStoredOnce() throws Exception {
        String id = submit("family", TestApplications.twoChildren(), newKey()).getBody().get("id").asText();
        byte[] pdf = cn.anju.TestFiles.pdf(2, null);

        assertThat(upload("family", id, "LEASE_CONTRACT", "lease.pdf", pdf).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(upload("family", id, "LEASE_CONTRACT", "copy-of-lease.pdf", pdf).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        var listed = rest.withBasicAuth("family", "family").getForObject("/api/applications/" + id + "/documents",
                JsonNode.class);
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).get("sha256").asText()).isEqualTo(listed.get(1).get("sha256").asText());
        assertThat(listed.get(0).get("mediaType").asText()).isEqualTo("application/pdf");
        // Staff reviewing the evidence open the file itself.
        var file = rest.withBasicAuth("clerk", "clerk").getForEntity(
                "/api/applications/" + id + "/documents/" + listed.get(0).get("id").asText(), byte[].class);
        assertThat(file.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(file.getBody()).isEqualTo(pdf);
        assertThat(rest.withBasicAuth("clerk2", "clerk2").getForEntity(
                "/api/applications/" + id + "/documents/" + listed.get(0).get("id").asText(), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(upload("family", id, "LEASE_CONTRACT", "bad.pdf", "%PDF-1.4 nonsense".getBytes())
                .getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

        // A text file named .pdf is refused, whatever it claims to be.
        var refused = upload("family", id, "LEASE_CONTRACT", "lease.pdf", "just text".getBytes());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(upload("family", id, "PASSPORT", "p.pdf", pdf).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(upload("family2", id, "LEASE_CONTRACT", "lease.pdf", pdf).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(upload("family", id, "LEASE_CONTRACT", "big.pdf", new byte[11 * 1024 * 1024]).getStatusCode())
                .isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        var truncated = new cn.anju.RawHttp(port).send("POST", "/api/applications/" + id + "/documents", "family",
                "family", "multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"kind\"");
        assertThat(truncated.statusCode()).isEqualTo(400);
    }

    ResponseEntity<String> upload(String user, String id, String kind, String filename, byte[] content) {
        var body = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        body.add("kind", kind);
        body.add("file", new org.springframework.core.io.ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, user).exchange("/api/applications/" + id + "/documents", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }
}
