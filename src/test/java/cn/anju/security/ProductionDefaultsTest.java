package cn.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuApplication;
import cn.anju.RawHttp;
import cn.anju.application.District;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the postgres profile closes that a developer's machine leaves open: the API's map and the
 * metrics are for staff, and a client's X-Forwarded-For counts only from a configured proxy. On H2 (the
 * database does not matter here), the webapps off as in ProductionCookiesTest.
 */
class ProductionDefaultsTest {

    private static ConfigurableApplicationContext app;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(AnjuApplication.class).profiles("postgres").run(
                "--spring.datasource.url=jdbc:h2:mem:production-defaults;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--spring.datasource.hikari.connection-init-sql=SELECT 1", "--server.port=0",
                "--spring.jmx.enabled=false", "--camunda.bpm.process-engine-name=productionDefaults",
                "--camunda.bpm.webapp.enabled=false", "--camunda.bpm.job-execution.enabled=false",
                cn.anju.TestKeys.PERSONAL_DATA_ARG, "--ANJU_KEYSTORE=target/production-defaults-signing.p12", "--ANJU_KEYSTORE_PASSWORD=test-only",
                "--ANJU_PUBLIC_URL=https://anju.example", "--anju.certificates.create-development-key=true",
                "--ANJU_HOUSING_REGISTRY_FILE=classpath:reference/housing-registry.csv",
                "--anju.certificates.verifications-per-minute=3");
        var users = app.getBean(UserDirectory.class);
        users.create("clerk", "clerk-lotus-4471", "Clerk", "Futian", Role.CLERK, District.FUTIAN);
        users.create("family", "family-lotus-4471", "芳", "王", Role.APPLICANT, null);
        http = new RawHttp(((WebServerApplicationContext) app).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void metricsAreForStaffOnly() {
        assertThat(http.get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(http.send("GET", "/actuator/prometheus", "family", "family-lotus-4471", null, null).statusCode())
                .isEqualTo(403);
        var staff = http.send("GET", "/actuator/prometheus", "clerk", "clerk-lotus-4471", null, null);
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.body()).contains("anju_");
    }

    @Test
    void theApiDocumentAndSwaggerUiAreForStaffOnly() {
        for (String path : new String[] {"/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html"}) {
            var anonymous = http.get(path, null);
            assertThat(anonymous.statusCode()).as(path).isIn(401, 302);
            assertThat(anonymous.body()).as(path).doesNotContain("openapi", "swagger-ui");
            assertThat(http.send("GET", path, "family", "family-lotus-4471", null, null).statusCode()).as(path)
                    .isEqualTo(403);
        }
        var staff = http.send("GET", "/v3/api-docs", "clerk", "clerk-lotus-4471", null, null);
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.body()).contains("\"openapi\"");
    }

    @Test
    void aClientNamingItselfAnotherAddressIsStillTheSameClientToTheRateLimit() {
        // Three lookups a minute per client; eight from one address, each claiming another: over any
        // minute boundary, one window still holds more than three.
        var statuses = IntStream.rangeClosed(1, 8).map(i -> http.send("GET", "/api/verify/AAAAAAAAAAAA", null, null,
                null, null, "X-Forwarded-For", "198.51.100." + i).statusCode()).boxed().toList();

        assertThat(statuses).contains(429);
    }
}
