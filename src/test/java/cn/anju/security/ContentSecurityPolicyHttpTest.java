package cn.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.RawHttp;
import cn.anju.TestApplications;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every Anju page carries the Content-Security-Policy that runs only the site's own script files, and
 * needs nothing it forbids: no inline script, style element, style attribute or event handler. (That the
 * pages still work under it, the browser journey shows.) Camunda's webapps keep their own policy.
 */
@AnjuSpringBootTest
class ContentSecurityPolicyHttpTest {

    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\b(src|type=\"application/json\")[=\\s>])[^>]*>|<style|\\sstyle=|\\son[a-z]+=",
            Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    @Test
    void everyPageHasThePolicyAndNoInlineScriptOrStyle() throws Exception {
        var http = new RawHttp(port);
        var created = http.send("POST", "/api/applications", "family", "family", "application/json",
                new ObjectMapper().writeValueAsString(TestApplications.twoChildren()),
                "Idempotency-Key", UUID.randomUUID().toString());
        String id = new ObjectMapper().readTree(created.body()).get("id").asText();

        Map<String, String> pages = Map.of(
                "/", "", "/login", "", "/signup", "", "/verify/AAAAAAAAAAAA", "",
                "/portal", "family", "/portal/apply", "family", "/portal/applications/" + id, "family",
                "/dashboard", "manager", "/staff/applications/" + id, "clerk");
        pages.forEach((path, user) -> {
            HttpResponse<String> page = http.get(path, user.isEmpty() ? null : user);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
                    .contains(SecurityConfig.PAGE_POLICY);
            var inline = INLINE.matcher(page.body());
            assertThat(inline.find() ? inline.group() : null).as(path + ": inline script or style").isNull();
        });
    }

    @Test
    void thePolicyForbidsInlineScriptsAndOtherSitesFramesAndForms() {
        assertThat(SecurityConfig.PAGE_POLICY).contains("script-src 'self';", "object-src 'none'",
                        "frame-ancestors 'self'", "form-action 'self'", "base-uri 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
    }

    @Test
    void swaggerUiMayStyleInlineButRunsNoInlineScript() {
        var page = new RawHttp(port).get("/swagger-ui/index.html", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("style-src 'self' 'unsafe-inline'", "script-src 'self';");
    }

    @Test
    void camundasWebappsKeepTheirOwnPolicy() {
        var tasklist = new RawHttp(port).get("/camunda/app/tasklist/", null);

        assertThat(tasklist.headers().firstValue("Content-Security-Policy").orElse(""))
                .isNotEqualTo(SecurityConfig.PAGE_POLICY).contains("nonce");
    }
}
