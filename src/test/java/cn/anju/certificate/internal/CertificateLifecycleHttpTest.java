package cn.anju.certificate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.RawHttp;
import cn.anju.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An approved family's documents: download, verify without login, revoke, reissue, every step audited. */
@AnjuSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificateLifecycleHttpTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @Autowired
    cn.anju.followon.FollowOnWork followOn;
    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();
    private RawHttp http;
    private CaseDriver cases;
    private String id;
    private final Map<String, JsonNode> byKind = new HashMap<>();

    @BeforeAll
    void anApprovedFamilyWithTwoChildren() {
        http = new RawHttp(port);
        cases = new CaseDriver(rest, tasks);
        JsonNode created = cases.submit("family", TestApplications.twoChildren()).getBody();
        id = created.get("id").asText();
        cases.approve(id, created.get("reference").asText());
        for (JsonNode certificate : cases.status("family", id).get("certificates")) {
            byKind.merge(certificate.get("kind").asText(), certificate, (first, second) -> first);
        }
    }

    private JsonNode verify(String code) throws Exception {
        var response = http.get("/api/verify/" + code, null);
        return json.readTree(response.body());
    }

    @Test
    void everyChildHasASchoolLetterAndAClinicCard() {
        var kinds = new ArrayList<String>();
        cases.status("family", id).get("certificates").forEach(c -> kinds.add(c.get("kind").asText()));
        assertThat(kinds).containsExactlyInAnyOrder("RESIDENCE", "SCHOOL_LETTER", "SCHOOL_LETTER", "CLINIC_CARD",
                "CLINIC_CARD");
    }

    @Test
    void aVerifierSeesOnlyWhatTheSchoolLetterShows() throws Exception {
        String code = byKind.get("SCHOOL_LETTER").get("code").asText();
        var response = http.get("/api/verify/" + code.toLowerCase(), null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("status").asText()).isEqualTo("VALID");
        assertThat(answer.get("kind").asText()).isEqualTo("SCHOOL_LETTER");
        List<String> fields = new ArrayList<>();
        answer.get("fields").fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("pupil", "school", "grade", "schoolYear");
        assertThat(answer.get("fields").get("school").asText()).isEqualTo("福田区莲花实验小学 Lianhua Experimental Primary School");
        assertThat(response.body()).doesNotContain(TestApplications.PARENT_ID, TestApplications.CHILD_1_ID,
                TestApplications.CHILD_2_ID, "SZ-L-2026-0001", "李建国", "莲花路");

        var page = http.get("/verify/" + code, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("证书有效 Valid certificate", "福田区莲花实验小学", "入学通知书")
                .doesNotContain(TestApplications.CHILD_1_ID, "莲花路");
    }

    @Test
    void unknownAndMalformedCodesGetAClearAnswer() throws Exception {
        var unknown = http.get("/api/verify/ABCDEFGHJKMN", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).get("status").asText()).isEqualTo("UNKNOWN");
        assertThat(http.get("/verify/ABCDEFGHJKMN", null).body()).contains("Unknown certificate");

        var malformed = http.get("/api/verify/not-a-code", null);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("12 letters and digits");
        assertThat(http.get("/verify/%3Cscript%3E", null).body()).contains("not well formed").doesNotContain("<script>");
    }

    @Test
    void aSupervisorRevokesAndReissuesAndTheOldCodeSaysSo() throws Exception {
        String clinicCard = byKind.get("CLINIC_CARD").get("code").asText();
        String revoke = "{\"reason\":\"issued with a wrong clinic\"}";
        assertThat(http.send("POST", "/api/certificates/" + clinicCard + "/revocation", "family", "family",
                "application/json", revoke).statusCode()).isEqualTo(403);
        assertThat(http.send("POST", "/api/certificates/" + clinicCard + "/revocation", "clerk2", "clerk2",
                "application/json", revoke).statusCode()).isEqualTo(404);
        assertThat(http.send("POST", "/api/certificates/" + clinicCard + "/revocation", "supervisor", "supervisor",
                "application/json", "{}").statusCode()).isEqualTo(422);

        assertThat(http.send("POST", "/api/certificates/" + clinicCard + "/revocation", "supervisor", "supervisor",
                "application/json", revoke).statusCode()).isEqualTo(200);
        JsonNode revoked = verify(clinicCard);
        assertThat(revoked.get("status").asText()).isEqualTo("REVOKED");
        assertThat(revoked.has("revocationReason")).as("staff's reasons are not public").isFalse();
        assertThat(revoked.get("revokedAt").asText()).isNotEmpty();
        assertThat(revoked.get("fields")).isEmpty();
        assertThat(http.send("POST", "/api/certificates/" + clinicCard + "/revocation", "supervisor", "supervisor",
                "application/json", revoke).statusCode()).isEqualTo(409);

        var reissued = http.send("POST", "/api/certificates/" + clinicCard + "/reissue", "supervisor", "supervisor",
                "application/json", "");
        assertThat(reissued.statusCode()).isEqualTo(201);
        String newCode = json.readTree(reissued.body()).get("code").asText();
        assertThat(newCode).isNotEqualTo(clinicCard);
        assertThat(verify(newCode).get("status").asText()).isEqualTo("VALID");
        JsonNode replaced = verify(clinicCard);
        assertThat(replaced.get("status").asText()).isEqualTo("REPLACED");
        assertThat(replaced.has("replacedBy")).as("the successor is not public").isFalse();
        assertThat(http.get("/verify/" + clinicCard, null).body()).contains("Replaced certificate")
                .doesNotContain(newCode);
        assertThat(http.send("POST", "/api/certificates/" + clinicCard + "/reissue", "supervisor", "supervisor",
                "application/json", "").statusCode()).as("a replaced document is not reissued again").isEqualTo(409);

        var pdf = http.get("/api/certificates/" + newCode + ".pdf", "family");
        assertThat(pdf.statusCode()).isEqualTo(200);

        List<String> timeline = new ArrayList<>();
        cases.status("manager", id).get("timeline").forEach(e -> timeline.add(e.get("type").asText()));
        assertThat(timeline).contains("CERTIFICATE_ISSUED", "CERTIFICATE_VERIFIED", "CERTIFICATE_REVOKED",
                "CERTIFICATE_REISSUED", "CERTIFICATE_DOWNLOADED");
    }

    @Test
    void aChangedPlacementReissuesTheChildsDocumentsAndWithdrawalRevokesThemAll(
            @Autowired cn.anju.application.CaseLog caseLog, @Autowired cn.anju.placement.PlacementService placements,
            @Autowired cn.anju.application.ApplicationRepository applications) throws Exception {
        JsonNode created = cases.submit("family", TestApplications.twoChildren()).getBody();
        String otherId = created.get("id").asText();
        cases.approve(otherId, created.get("reference").asText());
        var application = applications.findById(java.util.UUID.fromString(otherId)).orElseThrow();
        var child = application.children().get(0);
        List<String> before = codes(otherId);

        placements.overrideSchool(child.id(), "FT-P02", null, "nearer the mother's work", "education");
        cn.anju.Reactions.settle(followOn);

        List<String> after = codes(otherId);
        assertThat(after).hasSize(5).containsAll(before.stream().filter(after::contains).toList());
        // The child's letter; the clinic card still says what the case says and keeps its code.
        assertThat(before.stream().filter(c -> !after.contains(c))).hasSize(1);
        String newLetter = after.stream().filter(c -> !before.contains(c))
                .filter(c -> {
                    try {
                        return "SCHOOL_LETTER".equals(verify(c).get("kind").asText());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).findFirst().orElseThrow();
        assertThat(verify(newLetter).get("fields").get("school").asText()).isEqualTo("福田区香蜜湖小学 Xiangmihu Primary School");

        caseLog.decided(application.id(), cn.anju.application.ApplicationStatus.WITHDRAWN, "family",
                "moving back home");
        cn.anju.Reactions.settle(followOn);
        assertThat(codes(otherId)).isEmpty();
        for (String code : after) {
            assertThat(verify(code).get("status").asText()).isEqualTo("REVOKED");
        }
        List<String> timeline = new ArrayList<>();
        cases.status("manager", otherId).get("timeline").forEach(e -> timeline.add(e.path("detail").asText("")));
        assertThat(timeline).anyMatch(d -> d.contains("application withdrawn"));
    }

    private List<String> codes(String applicationId) {
        List<String> codes = new ArrayList<>();
        cases.status("manager", applicationId).get("certificates").forEach(c -> codes.add(c.get("code").asText()));
        return codes;
    }

    @Test
    void downloadsAreTheStoredSignedFile() throws Exception {
        String code = byKind.get("RESIDENCE").get("code").asText();
        var first = rest.withBasicAuth("family", "family").getForEntity("/api/certificates/" + code + ".pdf",
                byte[].class);
        var second = rest.withBasicAuth("clerk", "clerk").getForEntity("/api/certificates/" + code + ".pdf",
                byte[].class);
        assertThat(first.getBody()).isEqualTo(second.getBody());
        assertThat(first.getHeaders().getETag()).isEqualTo("\"" + cn.anju.application.Sha256.hex(first.getBody()) + "\"");
        assertThat(CertificateDocumentsTest.signatureValid(first.getBody())).isTrue();
    }

    @Test
    void aDownloadIsAnAttachmentWithNoOriginToActIn() {
        String code = byKind.get("RESIDENCE").get("code").asText();
        var pdf = rest.withBasicAuth("family", "family").getForEntity("/api/certificates/" + code + ".pdf",
                byte[].class);
        assertThat(pdf.getHeaders().getFirst("Content-Disposition")).startsWith("attachment");
        assertThat(pdf.getHeaders().getFirst("Content-Security-Policy")).isEqualTo("sandbox");
        assertThat(pdf.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
