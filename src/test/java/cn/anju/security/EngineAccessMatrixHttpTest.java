package cn.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.RawHttp;
import cn.anju.security.EngineOperationCatalog.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every operation of the engine's REST API x every demo user and anonymous x both doors
 * ({@code /engine-rest} with Basic credentials, the webapps' engine API with a signed-in session), against
 * the decisions written down in {@code security/engine-access.txt}. An operation without a row fails, as
 * a new endpoint of ours does in {@link EveryEndpointAccessHttpTest}: access is decided, not inherited.
 * Entitled callers of an operation that changes state are not called (with made-up ids it would prove
 * little, and the functional tests call it for real); everyone else is, and must be refused.
 */
@AnjuSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineAccessMatrixHttpTest {

    private static final String REFUSAL = "may not call this engine operation";
    private static final List<String> USERS = List.of("anonymous", "family", "family2", "clerk", "supervisor",
            "education", "health", "manager", "clerk2");
    private static final Map<String, Set<String>> ENTITLED = Map.of(
            "staff", Set.of("clerk", "supervisor", "education", "health", "clerk2", "manager"),
            "manager", Set.of("manager"),
            "nobody", Set.of());

    @LocalServerPort int port;
    RawHttp http;
    Map<String, String> decisions;
    Map<String, WebappBrowser> sessions = new HashMap<>();

    @BeforeAll
    void readTheDecisions() throws IOException {
        http = new RawHttp(port);
        decisions = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/security/engine-access.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.trim().split("\\s+");
                assertThat(ENTITLED).as(line).containsKey(cells[2]);
                assertThat(decisions.put(cells[0] + " " + cells[1], cells[2])).as("twice: " + line).isNull();
            }
        }
        for (String user : USERS) {
            if (!user.startsWith("family") && !user.equals("anonymous")) {
                var browser = new WebappBrowser(port);
                assertThat(browser.login(user).statusCode()).isEqualTo(200);
                sessions.put(user, browser);
            }
        }
    }

    @Test
    void everyOperationHasADecision() {
        Set<String> undecided = new TreeSet<>();
        for (Operation operation : EngineOperationCatalog.operations()) {
            if (!decisions.containsKey(operation.toString())) {
                undecided.add(operation.toString());
            }
        }
        assertThat(undecided).as("operations with no row in security/engine-access.txt").isEmpty();
        Set<String> offered = new TreeSet<>();
        EngineOperationCatalog.operations().forEach(o -> offered.add(o.toString()));
        assertThat(offered).as("rows for operations the engine does not offer").containsAll(decisions.keySet());
    }

    @Test
    void everyCallerGetsExactlyWhatIsDecidedOnEngineRest() {
        assertThat(walk(false)).isEmpty();
    }

    @Test
    void everyCallerGetsExactlyWhatIsDecidedOnTheWebappsEngineApi() {
        assertThat(walk(true)).isEmpty();
    }

    private List<String> walk(boolean webapp) {
        List<String> wrong = new ArrayList<>();
        for (Operation operation : new TreeSet<>(EngineOperationCatalog.operations())) {
            String decision = decisions.get(operation.toString());
            if (decision == null) {
                continue; // everyOperationHasADecision names it
            }
            boolean mutates = !Set.of("GET", "HEAD", "OPTIONS").contains(operation.method());
            for (String user : USERS) {
                boolean entitled = ENTITLED.get(decision).contains(user);
                if (entitled && mutates) {
                    continue;
                }
                var response = call(webapp, user, operation);
                String outcome = webapp && operation.toString().equals("GET /engine") && !entitled
                        ? (response.statusCode() == 200 ? null : "the engines' names are public to the webapps")
                        : judge(webapp, user, entitled, response);
                if (outcome != null) {
                    wrong.add((webapp ? "webapp " : "engine-rest ") + user + " " + operation + ": " + outcome);
                }
            }
        }
        return wrong;
    }

    /** Null when the answer is what the decision says; else what went wrong. */
    private static String judge(boolean webapp, String user, boolean entitled, HttpResponse<String> response) {
        int status = response.statusCode();
        boolean refusedByGateway = status == 403 && response.body().contains(REFUSAL);
        if (user.equals("anonymous") || (webapp && user.startsWith("family"))) {
            // No webapp session ever holds a family: to the webapps' API it is as anonymous as nobody.
            return status == 401 ? null : "expected 401, got " + status;
        }
        if (user.startsWith("family")) {
            return status == 403 ? null : "expected 403, got " + status;
        }
        if (entitled) {
            // Past the gateway the engine answers, made-up ids and all (it says 500 for some unknown ids).
            return status == 401 || refusedByGateway ? "entitled, got " + status + " " + response.body() : null;
        }
        return refusedByGateway ? null : "expected the gateway's 403, got " + status;
    }

    private HttpResponse<String> call(boolean webapp, String user, Operation operation) {
        String path = operation.template().replace("{}", "anju-matrix") + "?maxResults=1";
        String body = Set.of("POST", "PUT", "DELETE").contains(operation.method()) ? "{}" : null;
        if (!webapp) {
            return user.equals("anonymous") ? http.send(operation.method(), "/engine-rest" + path, null, null,
                    body == null ? null : "application/json", body)
                    : http.send(operation.method(), "/engine-rest" + path, user, user,
                    body == null ? null : "application/json", body);
        }
        String webappPath = operation.template().equals("/engine") ? "/camunda/api/engine/engine"
                : "/camunda/api/engine/engine/default" + path;
        WebappBrowser browser = sessions.get(user);
        if (browser == null) {
            return new RawHttp(port).send(operation.method(), webappPath, null, null,
                    body == null ? null : "application/json", body);
        }
        return browser.send(operation.method(), webappPath, "application/json", body);
    }
}
