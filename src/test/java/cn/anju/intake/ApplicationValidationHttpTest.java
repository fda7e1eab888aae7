package cn.anju.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bad input of every kind: a problem-details answer naming each bad field, nothing stored, never a 500. */
@AnjuSpringBootTest
class ApplicationValidationHttpTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;

    private long applicationsBefore;

    @BeforeEach
    void count() {
        applicationsBefore = applications();
    }

    @AfterEach
    void nothingStored() {
        assertThat(applications()).isEqualTo(applicationsBefore);
    }

    private long applications() {
        return jdbc.sql("select count(*) from application").query(Long.class).single();
    }

    private ResponseEntity<JsonNode> post(Object body, String key, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        return rest.withBasicAuth("family", "family").exchange("/api/applications", HttpMethod.POST,
                new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static List<String> fields(ResponseEntity<JsonNode> response) {
        List<String> fields = new ArrayList<>();
        if (response.getBody() != null && response.getBody().has("errors")) {
            response.getBody().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        }
        return fields;
    }

    private static Arguments bad(String name, Consumer<Map<String, Object>> change, int status, String... fields) {
        return Arguments.of(name, change, status, List.of(fields));
    }

    static Stream<Arguments> badApplications() {
        return Stream.of(
                bad("wrong check character", a -> applicant(a).put("residentId", "360426199101010072"), 422,
                        "applicants[0].residentId"),
                bad("birth date disagrees with the number", a -> applicant(a).put("birthDate", "1991-01-02"), 422,
                        "applicants[0].birthDate"),
                bad("sex disagrees with the number", a -> applicant(a).put("sex", "F"), 422, "applicants[0].sex"),
                bad("a child of 19", a -> {
                    child(a, 0).put("residentId", "440304200701010018");
                    child(a, 0).put("birthDate", "2007-01-01");
                }, 422, "children[0].birthDate"),
                bad("the same child twice", a -> children(a).add(new HashMap<>(child(a, 0))), 422,
                        "children[2].residentId"),
                bad("no parent or guardian", a -> applicant(a).put("relationship", "GRANDPARENT"), 422, "applicants"),
                bad("a mother of 15", a -> {
                    applicant(a).put("residentId", "440304201103010020");
                    applicant(a).put("birthDate", "2011-03-01");
                    applicant(a).put("sex", "F");
                    applicant(a).put("relationship", "MOTHER");
                }, 422, "applicants"),
                bad("arrival in the future", a -> a.put("arrivalDate", "2999-01-01"), 422, "arrivalDate"),
                bad("lease ends before it starts", a -> housing(a).put("endDate", "2026-11-01"), 422,
                        "housing.endDate"),
                bad("lease without contract number", a -> housing(a).remove("contractNumber"), 422,
                        "housing.contractNumber"),
                bad("property without deed number", a -> housing(a).put("type", "PROPERTY"), 422,
                        "housing.deedNumber"),
                bad("unknown district", a -> a.put("district", "Atlantis"), 422, "district"),
                bad("another city", a -> a.put("city", "Beijing"), 422, "city"),
                bad("bad phone", a -> applicant(a).put("phone", "12345"), 422, "applicants[0].phone"),
                bad("no children", a -> a.put("children", List.of()), 422, "children"),
                bad("a name too long", a -> child(a, 1).put("fullName", "李".repeat(101)), 422,
                        "children[1].fullName"),
                bad("missing vaccination answer", a -> child(a, 1).remove("hasVaccinationCertificate"), 422,
                        "children[1].hasVaccinationCertificate"),
                bad("three bad fields at once", a -> {
                    a.put("district", "Atlantis");
                    applicant(a).put("phone", "1");
                    housing(a).remove("startDate");
                }, 422, "applicants[0].phone", "district", "housing.startDate"),
                bad("empty object", a -> a.clear(), 422, "address", "applicants", "arrivalDate", "children", "city",
                        "consent", "district", "housing"),
                bad("no consent", a -> a.remove("consent"), 422, "consent"),
                bad("consent to the children's data refused", a -> consent(a).put("childrenData", false), 422,
                        "consent.childrenData"),
                bad("declaration left out", a -> consent(a).remove("truthDeclaration"), 422,
                        "consent.truthDeclaration"),
                bad("consent to texts of another version", a -> consent(a).put("textVersion", "2020-01-01"), 422,
                        "consent.textVersion"),
                bad("nothing agreed to", a -> {
                    consent(a).put("childrenData", false);
                    consent(a).put("truthDeclaration", false);
                    consent(a).remove("textVersion");
                }, 422, "consent.childrenData", "consent.truthDeclaration", "consent.textVersion"),
                bad("a tab in a name", a -> child(a, 0).put("fullName", "李\t小明"), 422, "children[0].fullName"),
                bad("a NUL in the address", a -> TestApplications.at(a, "address").put("line", "莲花路\u0000"), 422,
                        "address.line"),
                bad("arrival in 1900", a -> a.put("arrivalDate", "1900-01-01"), 422, "arrivalDate"),
                bad("a lease of a century", a -> housing(a).put("endDate", "2126-11-14"), 422, "housing.endDate"),
                bad("unknown sex", a -> child(a, 0).put("sex", "X"), 400, "children[0].sex"),
                bad("impossible date", a -> a.put("arrivalDate", "2026-13-01"), 400, "arrivalDate"),
                bad("unknown housing type", a -> housing(a).put("type", "TENT"), 400, "housing.type"),
                bad("a number for a list", a -> a.put("children", 3), 400, "children"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badApplications")
    void isAnsweredWithEveryBadField(String name, Consumer<Map<String, Object>> change, int status,
                                     List<String> expectedFields) {
        Map<String, Object> application = TestApplications.twoChildren();
        change.accept(application);

        ResponseEntity<JsonNode> response = post(application, UUID.randomUUID().toString(),
                MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fields(response)).containsExactlyInAnyOrderElementsOf(expectedFields);
        response.getBody().get("errors").forEach(e -> assertThat(e.get("message").asText()).isNotBlank());
    }

    @Test
    void malformedJsonIsA400() {
        var response = post("{\"city\": ", UUID.randomUUID().toString(), MediaType.APPLICATION_JSON);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().get("detail").asText()).contains("not valid JSON");
    }

    @Test
    void anArrayInsteadOfAnObjectIsA400() {
        assertThat(post("[]", UUID.randomUUID().toString(), MediaType.APPLICATION_JSON).getStatusCode().value())
                .isEqualTo(400);
    }

    @Test
    void aMissingIdempotencyKeyIsA400() {
        var response = post(TestApplications.twoChildren(), null, MediaType.APPLICATION_JSON);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("Idempotency-Key");
    }

    @Test
    void aMalformedIdempotencyKeyIsA422() {
        var response = post(TestApplications.twoChildren(), "a b", MediaType.APPLICATION_JSON);
        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(fields(response)).containsExactly("Idempotency-Key");
    }

    @Test
    void anotherContentTypeIsA415() {
        assertThat(post("city=Shenzhen", UUID.randomUUID().toString(), MediaType.TEXT_PLAIN).getStatusCode().value())
                .isEqualTo(415);
    }

    @Test
    void aPageBeyondTheLimitIsRefused() {
        var response = rest.withBasicAuth("family", "family").getForEntity("/api/applications?page=2147483647&size=2",
                JsonNode.class);
        assertThat(response.getStatusCode().value()).isIn(400, 422);
    }

    @Test
    void aPathThatIsNotAnIdIsA400() {
        var response = rest.withBasicAuth("family", "family").getForEntity("/api/applications/not-an-id",
                JsonNode.class);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
    }

    private static Map<String, Object> consent(Map<String, Object> a) {
        return TestApplications.at(a, "consent");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> applicant(Map<String, Object> a) {
        return ((List<Map<String, Object>>) a.get("applicants")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> children(Map<String, Object> a) {
        return (List<Map<String, Object>>) a.get("children");
    }

    private static Map<String, Object> child(Map<String, Object> a, int index) {
        return children(a).get(index);
    }

    private static Map<String, Object> housing(Map<String, Object> a) {
        return TestApplications.at(a, "housing");
    }
}
