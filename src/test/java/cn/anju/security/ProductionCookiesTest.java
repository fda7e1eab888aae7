package cn.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuApplication;
import cn.anju.RawHttp;
import cn.anju.application.District;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;

/**
 * The production profile's cookies and headers, on H2 (the database does not matter here), behind a
 * TLS-terminating proxy that says so with X-Forwarded-Proto: the webapps' session and CSRF cookies
 * are Secure, HttpOnly (the session) and SameSite, and browsers are told to stay on HTTPS.
 */
class ProductionCookiesTest {

    /** Not "default": the shared test context's engine may be registered under that name in this JVM. */
    private static final String ENGINE = "productionCookies";
    private static final String[] BEHIND_TLS = {"X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7"};

    @Test
    void behindHttpsTheWebappCookiesAreSecureAndSameSite() {
        try (var app = new SpringApplicationBuilder(AnjuApplication.class).profiles("postgres").run(
                "--spring.datasource.url=jdbc:h2:mem:production-cookies;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--spring.datasource.hikari.connection-init-sql=SELECT 1", "--server.port=0",
                "--spring.jmx.enabled=false", "--camunda.bpm.process-engine-name=" + ENGINE,
                "--camunda.bpm.job-execution.enabled=false",
                "--ANJU_KEYSTORE=target/production-cookies-signing.p12", "--ANJU_KEYSTORE_PASSWORD=test-only",
                "--ANJU_PUBLIC_URL=https://anju.example", "--anju.certificates.create-development-key=true",
                "--ANJU_HOUSING_REGISTRY_FILE=classpath:reference/housing-registry.csv")) {
            app.getBean(UserDirectory.class).create("officer", "officer-password", "Clerk", "Futian", Role.CLERK,
                    District.FUTIAN);
            // With no administrator, the webapps send everyone to the first-run setup instead.
            app.getBean(UserDirectory.class).create("boss", "boss-password", "City", "Manager", Role.MANAGER, null);
            var http = new RawHttp(((WebServerApplicationContext) app).getWebServer().getPort());

            var page = http.send("GET", "/camunda/app/tasklist/" + ENGINE + "/", null, null, null, null, BEHIND_TLS);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                    hsts -> assertThat(hsts).contains("max-age=31536000"));
            String csrfCookie = cookie(page, "XSRF-TOKEN");
            assertThat(csrfCookie).contains("Secure").containsIgnoringCase("SameSite=Lax");
            String session = cookie(page, "JSESSIONID");
            String token = value(csrfCookie);

            String[] headers = {BEHIND_TLS[0], BEHIND_TLS[1], BEHIND_TLS[2], BEHIND_TLS[3], "X-XSRF-TOKEN", token,
                    "Cookie", "JSESSIONID=" + value(session) + "; XSRF-TOKEN=" + token};
            var login = http.send("POST", "/camunda/api/admin/auth/user/" + ENGINE + "/login/tasklist", null, null,
                    "application/x-www-form-urlencoded", "username=officer&password=officer-password", headers);
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            // A sign-in starts a fresh session (no fixation); its cookie is fit for production.
            assertThat(cookie(login, "JSESSIONID")).contains("Secure").containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax");
        }
    }

    private static String cookie(HttpResponse<String> response, String name) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith(name + "=")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("No " + name + " cookie in " + cookies));
    }

    private static String value(String cookie) {
        return cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    }
}
