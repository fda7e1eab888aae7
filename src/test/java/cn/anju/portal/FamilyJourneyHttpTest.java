package cn.anju.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.TestApplications;
import cn.anju.TestFiles;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The family's status page and its journey, for a real case, in both languages. */
@AnjuSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyJourneyHttpTest {

    static final Pattern ID_LIKE = TimelineSentencesTest.ID_LIKE;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    CaseDriver cases;
    String id;
    String reference;
    JsonNode whileInReview;

    @BeforeAll
    void anApprovedCase() {
        cases = new CaseDriver(rest, tasks);
        JsonNode created = cases.submit("family", TestApplications.twoChildren()).getBody();
        id = created.get("id").asText();
        reference = created.get("reference").asText();
        cases.awaitTask(reference, "Task_ReviewEvidence", "clerk-futian");
        whileInReview = journey("family", "zh-CN").getBody();
        cases.approve(id, reference);
    }

    @Test
    void whileTheClerkChecksTheFamilySeesTheCheckStepAndTheDateOfTheDecision() {
        assertThat(whileInReview.get("currentStep").asText()).isEqualTo("CHECKED");
        assertThat(states(whileInReview)).containsExactly("done", "current", "todo", "todo", "todo");
        assertThat(whileInReview.at("/steps/1/label").asText()).isEqualTo("材料已审核");
        assertThat(whileInReview.at("/todo/text").asText()).startsWith("现在无需操作").contains("年").contains("日前");
        assertThat(whileInReview.at("/todo/by").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void onceApprovedEveryStepIsDoneAndTheTimelineTellsItInChinese() {
        JsonNode journey = journey("family", "zh-CN").getBody();
        assertThat(journey.hasNonNull("currentStep")).isFalse();
        assertThat(states(journey)).containsOnly("done");
        assertThat(journey.at("/todo/text").asText()).contains("下载");
        List<String> sentences = sentences(journey);
        assertThat(sentences).contains("您提交了申请。", "您的申请已获批准。", "已签发您的居住证明，现在可以下载。")
                .anyMatch(s -> s.startsWith("李小明已获得") && s.endsWith("。"))
                .anyMatch(s -> s.equals("已签发李小红的社康签约卡，现在可以下载。"));
        assertThat(sentences).allSatisfy(s -> assertThat(s).doesNotContainPattern(ID_LIKE)
                .doesNotContainPattern("[A-Za-z]{3,}"));
    }

    @Test
    void inEnglishTheSameTimelineIsEnglishAndStillNamesTheChildren() {
        JsonNode journey = journey("family", "en").getBody();
        assertThat(journey.at("/steps/4/label").asText()).isEqualTo("Certificates ready");
        assertThat(journey.at("/steps/2/detail").asText()).startsWith("approved on ");
        List<String> sentences = sentences(journey);
        assertThat(sentences).contains("You submitted the application.", "Your application was approved.")
                .anyMatch(s -> s.startsWith("李小明 has a place at "))
                .anyMatch(s -> s.equals("The office issued 李小明's school admission letter: you can download it now."));
        assertThat(sentences).allSatisfy(s -> assertThat(s.replaceAll("李小明|李小红", ""))
                .doesNotContainPattern(ID_LIKE).doesNotContainPattern("\\p{IsHan}"));
        assertThat(journey.get("decisionReasons").asText()).isEqualTo("all in order");
    }

    @Test
    void allCertificatesComeInOneZipEachNamedForWhatItIs() throws Exception {
        ResponseEntity<byte[]> zip = rest.withBasicAuth("family", "family").exchange(
                "/api/applications/" + id + "/certificates.zip", HttpMethod.GET,
                new HttpEntity<>(languageHeader("zh-CN")), byte[].class);
        assertThat(zip.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(zip.getHeaders().getContentType().toString()).isEqualTo("application/zip");
        List<String> names = new ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.getBody()),
                java.nio.charset.StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                assertThat(new String(in.readAllBytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            }
        }
        int issued = cases.status("family", id).get("certificates").size();
        assertThat(names).hasSize(issued).anyMatch(n -> n.startsWith("居住证明-"))
                .anyMatch(n -> n.startsWith("李小明-入学通知书-")).allMatch(n -> n.endsWith(".pdf"));

        ResponseEntity<String> notYours = rest.withBasicAuth("family2", "family2").exchange(
                "/api/applications/" + id + "/certificates.zip", HttpMethod.GET,
                new HttpEntity<>(languageHeader("en")), String.class);
        assertThat(notYours.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(notYours.getBody()).contains("Not found, or not one you may see.").doesNotContain(reference);
    }

    @Test
    void anotherFamilysCaseIsNotFoundInTheirLanguage() {
        ResponseEntity<JsonNode> api = journey("family2", "en");
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.getBody().toString()).doesNotContain(reference).doesNotContain("李小明");
        assertThat(journey("family2", "zh-CN").getBody().get("detail").asText()).isEqualTo("未找到，或您无权查看。");

        ResponseEntity<String> page = page("family2", "en");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getBody()).contains("No such application").doesNotContain(reference);
        assertThat(page("family2", "zh-CN").getBody()).contains("找不到该申请");
    }

    @Test
    void theStatusPageHasTheStepsAndNoLongerTheProceduresDiagram() {
        String zh = page("family", "zh-CN").getBody();
        assertThat(zh).contains("id=\"steps\"").contains("办理进度").doesNotContain("bpmn-js").doesNotContain("id=\"diagram\"");
        assertThat(page("family", "en").getBody()).contains("Where your application is").contains("What you need to do now");
    }

    @Test
    void theFamilyIsToldWhatIsStillMissingAndByWhen() throws Exception {
        String waiting = cases.submit("family", TestApplications.twoChildren()).getBody().get("id").asText();
        String waitingReference = cases.status("family", waiting).get("reference").asText();
        cases.work("clerk", cases.awaitTask(waitingReference, "Task_ReviewEvidence", "clerk-futian"),
                Map.of("missingItems", "租赁合同 Lease contract\n户口簿 Household booklet"));
        cases.awaitStatus(waiting, "AWAITING_APPLICANT");
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("kind", "LEASE_CONTRACT");
        form.add("file", new ByteArrayResource(TestFiles.pdf(1, null)) {
            @Override
            public String getFilename() {
                return "lease.pdf";
            }
        });
        HttpHeaders multipart = new HttpHeaders();
        multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
        assertThat(rest.withBasicAuth("family", "family").postForEntity("/api/applications/" + waiting + "/documents",
                new HttpEntity<>(form, multipart), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        JsonNode journey = rest.withBasicAuth("family", "family").exchange("/api/applications/" + waiting + "/journey",
                HttpMethod.GET, new HttpEntity<>(languageHeader("en")), JsonNode.class).getBody();
        assertThat(journey.get("currentStep").asText()).isEqualTo("CHECKED");
        assertThat(journey.at("/todo/text").asText()).startsWith("Send us what is missing").doesNotContainPattern(ID_LIKE);
        assertThat(journey.at("/todo/by").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(journey.at("/todo/items/0/received").asBoolean()).isTrue();
        assertThat(journey.at("/todo/items/1/item").asText()).isEqualTo("户口簿 Household booklet");
        assertThat(journey.at("/todo/items/1/received").asBoolean()).isFalse();
        assertThat(sentences(journey)).contains("Your lease contract was uploaded.")
                .anyMatch(s -> s.startsWith("We asked you, all at once, for 2 items, to send by "));
    }

    private ResponseEntity<JsonNode> journey(String user, String language) {
        return rest.withBasicAuth(user, user).exchange("/api/applications/" + id + "/journey", HttpMethod.GET,
                new HttpEntity<>(languageHeader(language)), JsonNode.class);
    }

    private ResponseEntity<String> page(String user, String language) {
        return rest.withBasicAuth(user, user).exchange("/portal/applications/" + id, HttpMethod.GET,
                new HttpEntity<>(languageHeader(language)), String.class);
    }

    private static HttpHeaders languageHeader(String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return headers;
    }

    private static List<String> states(JsonNode journey) {
        List<String> states = new ArrayList<>();
        journey.get("steps").forEach(s -> states.add(s.get("state").asText()));
        return states;
    }

    private static List<String> sentences(JsonNode journey) {
        List<String> sentences = new ArrayList<>();
        journey.get("timeline").forEach(e -> sentences.add(e.get("sentence").asText()));
        return sentences;
    }
}
