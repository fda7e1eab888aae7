package cn.anju.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.anju.AnjuSpringBootTest;
import cn.anju.RawHttp;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal's password rule holds wherever a password is set through the engine: Camunda Admin and
 * the engine REST API (which Admin uses) refuse a short or common one and list the rules.
 */
@AnjuSpringBootTest
class PasswordPolicyHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Test
    void theEngineListsTheRulesForCamundaAdmin() throws Exception {
        var policy = new RawHttp(port).get("/engine-rest/identity/password-policy", "manager");

        assertThat(policy.statusCode()).isEqualTo(200);
        var rules = new ObjectMapper().readTree(policy.body()).get("rules");
        assertThat(rules.findValuesAsText("placeholder"))
                .containsExactly("PASSWORD_POLICY_LENGTH", PasswordPolicyPlugin.HARD_TO_GUESS);
        assertThat(rules.get(0).get("parameter").get("minLength").asText()).isEqualTo("10");
    }

    @Test
    void aManagerCreatingAUserThroughTheEngineRestApiCannotGiveItAWeakPassword() {
        var http = new RawHttp(port);
        for (String weak : new String[] {"short", "password123", "qwertyuiop"}) {
            var created = http.send("POST", "/engine-rest/user/create", "manager", "manager", "application/json",
                    "{\"profile\":{\"id\":\"weakpass\",\"firstName\":\"W\",\"lastName\":\"P\"},"
                            + "\"credentials\":{\"password\":\"" + weak + "\"}}");
            assertThat(created.statusCode()).as(weak).isEqualTo(400);
            assertThat(created.body()).as(weak).contains("Password does not match policy");
            assertThat(identity.createUserQuery().userId("weakpass").count()).as(weak).isZero();
        }
        var strong = http.send("POST", "/engine-rest/user/create", "manager", "manager", "application/json",
                "{\"profile\":{\"id\":\"strongpass\",\"firstName\":\"S\",\"lastName\":\"P\"},"
                        + "\"credentials\":{\"password\":\"lotus-pond-4471\"}}");
        assertThat(strong.statusCode()).isEqualTo(204);
        identity.deleteUser("strongpass");
    }

    @Test
    void changingAPasswordThroughTheIdentityServiceHoldsToTheRule() {
        var user = identity.newUser("changer");
        user.setPassword("changer-lotus-4471");
        identity.saveUser(user);
        try {
            var saved = identity.createUserQuery().userId("changer").singleResult();
            saved.setPassword("iloveyou2026");
            assertThatThrownBy(() -> identity.saveUser(saved)).isInstanceOf(ProcessEngineException.class);
            assertThat(identity.checkPassword("changer", "changer-lotus-4471")).isTrue();
        } finally {
            identity.deleteUser("changer");
        }
    }
}
