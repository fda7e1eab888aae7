package cn.anju.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.TestApplications;
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
        assertThat(sentences).allSatisfy(s -> assertThat(s.replaceAll("李小明|李小红", "").replaceAll("\\S*\\p{IsHan}+\\S*", "X"))
                .doesNotContainPattern(ID_LIKE).doesNotContainPattern("\\p{IsHan}"));
        assertThat(journey.get("decisionReasons").asText()).isEqualTo("all in order");
    }

    @Test
    void anotherFamilysCaseIsNotFoundInTheirLanguage() {
        ResponseEntity<JsonNode> api = journey("family2", "en");
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.getBody().toString()).doesNotContain(reference).doesNotContain("李小明");

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
