package cn.anju.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.anju.AnjuSpringBootTest;
import cn.anju.CaseDriver;
import cn.anju.RawHttp;
import cn.anju.TestApplications;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases belong to an account, not to a user name: a deleted family's name is never given to anyone
 * else, and a user that turns up under it anyway is not the old family.
 */
@AnjuSpringBootTest
class AccountReuseHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired TaskService tasks;
    @Autowired UserDirectory users;
    @Autowired IdentityService identity;
    @Autowired JdbcClient db;
    @LocalServerPort int port;

    @Test
    void aDeletedFamilysNameIsNeverReusedAndNobodyInheritsItsCases() {
        // Not the shared demo family: this one is deleted.
        String name = "f" + UUID.randomUUID().toString().substring(0, 8);
        users.createDemo(name, "芳", "李", Role.APPLICANT, null);
        var submitted = new CaseDriver(rest, tasks).submit(name, TestApplications.twoChildren());
        assertThat(submitted.getStatusCode().value()).isEqualTo(201);
        String id = submitted.getBody().get("id").asText();
        var http = new RawHttp(port);
        assertThat(http.get("/api/applications", name).body()).contains(id);

        assertThat(http.send("DELETE", "/engine-rest/user/" + name, "manager", "manager", null, null).statusCode())
                .isEqualTo(204);
        assertThat(users.exists(name)).isFalse();

        // Sign-up refuses the name, with the field's error (from an address of its own: sign-ups are limited).
        var signup = signUp(new FromAddress("127.0.0.4", port), name);
        assertThat(signup.status()).isEqualTo(200);
        assertThat(signup.body()).contains("this user name is taken");
        // So does the engine, for Camunda Admin and engine REST: a 400, not a 500.
        var created = http.send("POST", "/engine-rest/user/create", "manager", "manager", "application/json",
                "{\"profile\":{\"id\":\"" + name + "\",\"firstName\":\"New\",\"lastName\":\"Person\","
                        + "\"email\":\"new@example.com\"},\"credentials\":{\"password\":\"Violet-Harbour-1987\"}}");
        assertThat(created.statusCode()).isEqualTo(400);
        assertThat(created.body()).contains("taken");
        var user = identity.newUser(name);
        user.setPassword("Violet-Harbour-1987");
        assertThatThrownBy(() -> identity.saveUser(user)).isInstanceOf(BadUserRequestException.class);
        assertThat(users.exists(name)).isFalse();

        // A user of that name put straight into the engine's tables (a restored backup, say) is nobody.
        backDoorApplicant(name);
        assertThat(users.exists(name)).isTrue();
        assertThat(users.find(name)).isEmpty();
        assertThat(http.get("/api/applications", name).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/applications/" + id, name).statusCode()).isEqualTo(401);
        assertThat(http.get("/portal", name).statusCode()).isEqualTo(401);

        // The old family's case is still there, for the office.
        assertThat(http.get("/api/applications/" + id, "manager").statusCode()).isEqualTo(200);
    }

    @Test
    void casesAreOwnedByTheAccountIdNotTheName() {
        String name = "f" + UUID.randomUUID().toString().substring(0, 8);
        users.createDemo(name, "伟", "陈", Role.APPLICANT, null);
        var submitted = new CaseDriver(rest, tasks).submit(name, TestApplications.twoChildren());
        String id = submitted.getBody().get("id").asText();
        UUID account = users.load(name).accountId();
        assertThat(db.sql("select owner_account from application where id = ?").param(UUID.fromString(id))
                .query(UUID.class).single()).isEqualTo(account);
        assertThat(db.sql("select count(*) from account where username = ? and deleted_at is null").param(name)
                .query(Long.class).single()).isOne();
    }

    /** The deleted user's name, password and applicant group, written into ACT_ID_* by SQL. */
    private void backDoorApplicant(String name) {
        String helper = "h" + UUID.randomUUID().toString().substring(0, 8);
        users.create(helper, name, "Helper", "Only", Role.APPLICANT, null, true);
        Map<String, Object> secret = db.sql("select pwd_, salt_ from act_id_user where id_ = ?").param(helper)
                .query().singleRow();
        db.sql("insert into act_id_user (id_, rev_, first_, last_, email_, pwd_, salt_, attempts_) "
                + "values (?, 1, 'Back', 'Door', null, ?, ?, 0)")
                .params(name, secret.get("PWD_"), secret.get("SALT_")).update();
        db.sql("insert into act_id_membership (user_id_, group_id_) values (?, ?)")
                .params(name, Role.APPLICANT.groupId()).update();
    }

    private static FromAddress.Response signUp(FromAddress browser, String name) {
        var form = browser.get("/signup?lang=en", null, null);
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).isTrue();
        String body = "username=" + encode(name) + "&password=a-good-password&confirmPassword=a-good-password"
                + "&_csrf=" + encode(token.group(1));
        return browser.send("POST", "/signup?lang=en", null, null, "application/x-www-form-urlencoded", body,
                Map.of("Accept-Language", "en"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
