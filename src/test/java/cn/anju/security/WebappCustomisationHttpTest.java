package cn.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.RawHttp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Anju's additions to the Camunda webapps are served in place of Camunda's empty user-styles.css. */
@AnjuSpringBootTest
class WebappCustomisationHttpTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theCamunda8BannerIsHiddenInEveryApp(String app) {
        var styles = new RawHttp(port).get("/camunda/app/" + app + "/styles/user-styles.css", null);

        assertThat(styles.statusCode()).isEqualTo(200);
        assertThat(styles.body()).contains(".ce-eol-banner { display: none !important; }");
    }

    @org.junit.jupiter.api.Test
    void tasklistLoadsTheScriptThatSortsQueuesByDueDate() {
        var http = new RawHttp(port);
        var config = http.get("/camunda/app/tasklist/scripts/config.js", null);
        var script = http.get("/camunda/app/tasklist/scripts/anju/due-first.js", null);

        assertThat(config.body()).contains("customScripts: ['scripts/anju/due-first']");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("sortBy: 'dueDate', sortOrder: 'asc'");
    }
}
