package cn.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuApplication;
import cn.anju.RawHttp;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;

/**
 * The production profile's cookies and headers, on H2 (the database does not matter here), behind a
 * TLS-terminating proxy that says so with X-Forwarded-Proto: the session cookie is Secure, HttpOnly and
 * SameSite, browsers are told to stay on HTTPS, and the Camunda webapps get the same settings for
 * their session and CSRF cookies and HSTS. The webapps themselves stay off in this second application:
 * their runtime is static, and a second one in the JVM would take over the shared test context's.
 */
class ProductionCookiesTest {

    private static final String[] BEHIND_TLS = {"X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7"};

    @Test
    void behindHttpsTheSessionCookieIsSecureHttpOnlyAndSameSite() {
        try (var app = new SpringApplicationBuilder(AnjuApplication.class).profiles("postgres").run(
                "--spring.datasource.url=jdbc:h2:mem:production-cookies;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--spring.datasource.hikari.connection-init-sql=SELECT 1", "--server.port=0",
                "--spring.jmx.enabled=false", "--camunda.bpm.process-engine-name=productionCookies",
                "--camunda.bpm.webapp.enabled=false", "--camunda.bpm.job-execution.enabled=false",
                cn.anju.TestKeys.PERSONAL_DATA_ARG, "--ANJU_KEYSTORE=target/production-cookies-signing.p12", "--ANJU_KEYSTORE_PASSWORD=test-only",
                "--ANJU_PUBLIC_URL=https://anju.example", "--anju.certificates.create-development-key=true",
                "--ANJU_HOUSING_REGISTRY_FILE=classpath:reference/housing-registry.csv",
                // The test client stands in for the proxy: only its forwarded headers count.
                "--ANJU_TRUSTED_PROXIES=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")) {
            var http = new RawHttp(((WebServerApplicationContext) app).getWebServer().getPort());

            // The sign-in page keeps its CSRF token in a new session.
            var login = http.send("GET", "/login", null, null, null, null, BEHIND_TLS);
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(cookie(login, "JSESSIONID")).contains("Secure").containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax");
            assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();

            var webapp = app.getBean(CamundaBpmProperties.class).getWebapp();
            assertThat(webapp.getSessionCookie().isEnableSecureCookie()).isTrue();
            assertThat(webapp.getSessionCookie().isEnableSameSiteCookie()).isTrue();
            assertThat(webapp.getCsrf().isEnableSecureCookie()).isTrue();
            assertThat(webapp.getCsrf().isEnableSameSiteCookie()).isTrue();
            assertThat(webapp.getHeaderSecurity().isHstsDisabled()).isFalse();
        }
    }

    private static String cookie(HttpResponse<String> response, String name) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith(name + "=")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("No " + name + " cookie in " + cookies));
    }
}
