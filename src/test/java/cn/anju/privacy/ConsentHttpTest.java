package cn.anju.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.TestApplications;
import cn.anju.security.UserDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The guardian's consent: the texts anyone may read, refused without it (ApplicationValidationHttpTest), stored with it. */
@AnjuSpringBootTest
class ConsentHttpTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDirectory users;

    @Test
    void theTextsArePublicInBothLanguagesUnderTheVersionTheFormSends() {
        JsonNode text = rest.getForObject("/api/consent-text", JsonNode.class);

        assertThat(text.get("version").asText()).isEqualTo(TestApplications.CONSENT_VERSION);
        assertThat(text.at("/texts/zh-CN/childrenData").asText()).contains("子女");
        assertThat(text.at("/texts/zh-CN/truthDeclaration").asText()).contains("真实");
        assertThat(text.at("/texts/en/childrenData").asText()).contains("children");
        assertThat(text.at("/texts/en/truthDeclaration").asText()).contains("true");
    }

    @Test
    void theConsentIsStoredWithTheAccountTimeAndVersionAndShownWithTheCase() {
        Instant before = Instant.now().minusSeconds(1);
        JsonNode created = new CaseDriver(rest, tasks).submit("family", TestApplications.twoChildren()).getBody();
        UUID id = UUID.fromString(created.get("id").asText());

        var stored = jdbc.sql("select account_id, children_data, truth_declaration, text_version from consent "
                + "where application_id = ?").param(id).query().singleRow();
        assertThat(stored.get("account_id")).isEqualTo(users.load("family").accountId());
        assertThat(stored.get("children_data")).isEqualTo(true);
        assertThat(stored.get("truth_declaration")).isEqualTo(true);
        assertThat(stored.get("text_version")).isEqualTo(TestApplications.CONSENT_VERSION);

        for (String reader : new String[] {"family", "clerk"}) {
            JsonNode consent = rest.withBasicAuth(reader, reader).getForObject("/api/applications/" + id,
                    JsonNode.class).get("consent");
            assertThat(consent.get("childrenData").asBoolean()).isTrue();
            assertThat(consent.get("truthDeclaration").asBoolean()).isTrue();
            assertThat(consent.get("textVersion").asText()).isEqualTo(TestApplications.CONSENT_VERSION);
            assertThat(Instant.parse(consent.get("givenAt").asText())).isAfter(before);
        }
    }

    @Test
    void theFormAsksForBothAgreementsUnderTheCurrentVersion() {
        String page = rest.withBasicAuth("family", "family").getForObject("/portal/apply?lang=en", String.class);

        assertThat(page).contains("data-path=\"consent.childrenData\"", "data-path=\"consent.truthDeclaration\"",
                "value=\"" + TestApplications.CONSENT_VERSION + "\"", "I agree that Anju processes my children");
    }
}
