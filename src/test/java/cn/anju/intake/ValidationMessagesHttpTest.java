package cn.anju.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.RawHttp;
import cn.anju.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal shows each error's message next to its field: the same bad application is answered in English or
 * in Chinese as the request asks (Accept-Language; without one, Chinese), Anju's own messages included.
 */
@AnjuSpringBootTest
class ValidationMessagesHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    private static Arguments bad(String name, Consumer<Map<String, Object>> change, String field, String english,
                                 String chinese) {
        return Arguments.of(name, change, field, english, chinese);
    }

    static Stream<Arguments> badApplications() {
        return Stream.of(
                bad("wrong check character", a -> applicant(a).put("residentId", "360426199101010072"),
                        "applicants[0].residentId", "is not a valid resident ID number: has a wrong check character",
                        "不是有效的居民身份证号码：校验码错误"),
                bad("bad phone", a -> applicant(a).put("phone", "12345"), "applicants[0].phone",
                        "must be a mainland mobile number of 11 digits", "必须是11位中国大陆手机号码"),
                bad("lease without an end date", a -> TestApplications.at(a, "housing").remove("endDate"),
                        "housing.endDate", "is required for a lease", "租赁住房必须填写"),
                bad("the same child twice", a -> children(a).add(new HashMap<>(children(a).get(0))),
                        "children[2].residentId", "lists the same child twice", "同一子女填写了两次"),
                bad("birth date disagrees with the number", a -> applicant(a).put("birthDate", "1991-01-02"),
                        "applicants[0].birthDate", "does not agree with the birth date in the resident ID number",
                        "与居民身份证号码中的出生日期不一致"),
                // Limits come from ApplicationRules' constants as message parameters.
                bad("another city", a -> a.put("city", "Beijing"), "city",
                        "must be Shenzhen: Anju serves no other city yet", "必须为深圳市（Shenzhen）：安居暂不服务其他城市"),
                bad("a lease of a century", a -> TestApplications.at(a, "housing").put("endDate", "2126-11-14"),
                        "housing.endDate", "must be within 30 years of the start date", "不能晚于开始日期后30年"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badApplications")
    void isAnsweredInTheRequestedLanguage(String name, Consumer<Map<String, Object>> change, String field,
                                          String english, String chinese) throws Exception {
        Map<String, Object> application = TestApplications.twoChildren();
        change.accept(application);
        String body = JSON.writeValueAsString(application);

        assertThat(messages(post(body, "Accept-Language", "en"))).containsExactly(Map.entry(field, english));
        assertThat(messages(post(body, "Accept-Language", "zh-CN"))).containsExactly(Map.entry(field, chinese));
    }

    @Test
    void withoutALanguageTheAnswerIsChineseAndTheChoiceOfTheSiteWins() throws Exception {
        Map<String, Object> application = TestApplications.twoChildren();
        applicant(application).put("phone", "12345");
        String body = JSON.writeValueAsString(application);

        assertThat(messages(post(body))).containsEntry("applicants[0].phone", "必须是11位中国大陆手机号码");
        // The portal's language switch (anju-lang cookie) beats the browser's language.
        assertThat(messages(post(body, "Accept-Language", "zh-CN", "Cookie", "anju-lang=en")))
                .containsEntry("applicants[0].phone", "must be a mainland mobile number of 11 digits");
    }

    @Test
    void theIdempotencyKeyMessageIsLocalizedToo() throws Exception {
        String body = JSON.writeValueAsString(TestApplications.twoChildren());
        assertThat(messages(send(body, "a b", "Accept-Language", "en")))
                .containsExactly(Map.entry("Idempotency-Key", "must be 8 to 100 letters, digits or - _ . :"));
        assertThat(messages(send(body, "a b", "Accept-Language", "zh-CN")))
                .containsExactly(Map.entry("Idempotency-Key", "必须由8到100个字母、数字或 - _ . : 组成"));
    }

    private HttpResponse<String> post(String body, String... headers) {
        return send(body, UUID.randomUUID().toString(), headers);
    }

    private HttpResponse<String> send(String body, String key, String... headers) {
        String[] all = Stream.concat(Stream.of("Idempotency-Key", key), Stream.of(headers)).toArray(String[]::new);
        return http.send("POST", "/api/applications", "family", "family", "application/json", body, all);
    }

    /** The problem details' errors, field to message. */
    private static Map<String, String> messages(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        Map<String, String> messages = new HashMap<>();
        errors.forEach(e -> messages.put(e.get("field").asText(), e.get("message").asText()));
        return messages;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> applicant(Map<String, Object> a) {
        return ((List<Map<String, Object>>) a.get("applicants")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> children(Map<String, Object> a) {
        return (List<Map<String, Object>>) a.get("children");
    }
}
