package cn.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.application.District;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wrong passwords slow down their sender, per account and client address; they never lock the
 * account (Camunda's own lock would let anyone lock out anyone, the last manager included). The
 * addresses are real: each client connects from a loopback address of its own. The throttle's clock
 * stands still unless the test moves it.
 */
@AnjuSpringBootTest
class LoginThrottleHttpTest {

    private static final String ATTACKER = "127.0.0.3";
    private static final String OWNER = "127.0.0.2";

    @Autowired UserDirectory users;
    @Autowired LoginThrottle throttle;
    @Autowired JdbcClient db;
    @LocalServerPort int port;
    String name;
    MovableClock clock;
    Clock systemClock;

    @BeforeEach
    void freshAccountAndStillTime() {
        // Not a demo user: on a build without the throttle this account ends up locked for good.
        name = "m" + UUID.randomUUID().toString().substring(0, 8);
        clock = new MovableClock(Instant.now());
        systemClock = throttle.swapClock(clock);
    }

    @AfterEach
    void realTime() {
        throttle.swapClock(systemClock);
    }

    @Test
    void twelveWrongPasswordsFromOneAddressDoNotKeepAManagerOut() {
        users.createDemo(name, "Manager", "Test", Role.MANAGER, null);
        var attacker = new FromAddress(ATTACKER, port);
        for (int i = 0; i < 12; i++) {
            assertThat(attacker.get("/api/applications", name, "guess-" + i).status()).isEqualTo(401);
        }
        assertThat(lockColumns()).as("Camunda's account lock is not used").isEqualTo(Map.of("attempts", 0));

        assertThat(new FromAddress(OWNER, port).get("/api/applications", name, name).status())
                .as("the owner, elsewhere, signs in at once").isEqualTo(200);
        assertThat(attacker.get("/api/applications", name, name).status())
                .as("from the guessing address even the right password waits (and is not checked)").isEqualTo(401);
        // After the backoff (1 s after the fifth failure; throttled attempts did not count) it is checked again.
        clock.move(Duration.ofMillis(999));
        assertThat(attacker.get("/api/applications", name, name).status()).isEqualTo(401);
        clock.move(Duration.ofMillis(1));
        assertThat(attacker.get("/api/applications", name, name).status()).isEqualTo(200);
        assertThat(lockColumns()).isEqualTo(Map.of("attempts", 0));
    }

    @Test
    void theWebappLoginIsThrottledTheSameWay() {
        users.createDemo(name, "Clerk", "Test", Role.CLERK, District.FUTIAN);
        var guesser = new WebappBrowser(port);
        for (int i = 0; i < 12; i++) {
            var refused = guesser.post("/camunda/api/admin/auth/user/default/login/tasklist",
                    "application/x-www-form-urlencoded", "username=" + name + "&password=guess-" + i);
            assertThat(refused.statusCode()).isEqualTo(401);
        }
        assertThat(lockColumns()).isEqualTo(Map.of("attempts", 0));
        assertThat(webappLogin(new FromAddress(OWNER, port))).as("the clerk at another address").isEqualTo(200);
        var throttled = guesser.post("/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded", "username=" + name + "&password=" + name);
        assertThat(throttled.statusCode()).isEqualTo(401);
        clock.move(Duration.ofSeconds(1));
        assertThat(guesser.post("/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded", "username=" + name + "&password=" + name).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theEngineRestPasswordOracleIsClosed() {
        users.createDemo(name, "Clerk", "Test", Role.CLERK, District.FUTIAN);
        var caller = new FromAddress(ATTACKER, port);
        for (int i = 0; i < 6; i++) {
            var response = caller.send("POST", "/engine-rest/identity/verify", "manager", "manager", "application/json",
                    "{\"username\":\"" + name + "\",\"password\":\"guess-" + i + "\"}", Map.of());
            assertThat(response.status()).isEqualTo(403);
        }
        // Nothing was checked, so nothing counts against the account or its owner.
        assertThat(new FromAddress(ATTACKER, port).get("/engine-rest/task?maxResults=1", name, name).status())
                .isEqualTo(200);
        assertThat(lockColumns()).isEqualTo(Map.of("attempts", 0));
    }

    private int webappLogin(FromAddress client) {
        client.get("/camunda/app/tasklist/default/", null, null);
        return client.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", null, null,
                "application/x-www-form-urlencoded", "username=" + name + "&password=" + name,
                Map.of("X-XSRF-TOKEN", client.cookie("XSRF-TOKEN"))).status();
    }

    /** ACT_ID_USER's lock: attempts, and the lock's expiry only when there is one. */
    private Map<String, Object> lockColumns() {
        return db.sql("select attempts_, lock_exp_time_ from act_id_user where id_ = ?").param(name)
                .query((rs, n) -> rs.getObject(2) == null ? Map.<String, Object>of("attempts", rs.getInt(1))
                        : Map.<String, Object>of("attempts", rs.getInt(1), "lockedUntil", rs.getObject(2)))
                .single();
    }
}
