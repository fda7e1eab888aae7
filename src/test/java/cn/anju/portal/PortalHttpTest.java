package cn.anju.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.RawHttp;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The portal's own endpoints: the family's draft and signing up. Pages are walked in the browser test. */
@AnjuSpringBootTest
class PortalHttpTest {

    @LocalServerPort
    int port;
    RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    @Nested
    class Drafts {

        @Test
        void aDraftIsKeptPerAccountAndReplacedByTheNextSave() {
            String user = newFamily("draftkeeper4q7z");
            http.send("DELETE", "/api/drafts/application", user, user, null, null);
            assertThat(http.get("/api/drafts/application", user).statusCode()).isEqualTo(204);

            assertThat(put(user, "{\"values\":{\"district\":\"Futian\"},\"step\":1}").statusCode()).isEqualTo(200);
            assertThat(put(user, "{\"values\":{\"district\":\"Nanshan\"},\"step\":2}").statusCode()).isEqualTo(200);
            var draft = http.get("/api/drafts/application", user);
            assertThat(draft.statusCode()).isEqualTo(200);
            assertThat(draft.body()).contains("\"district\":\"Nanshan\"").contains("\"step\":2").contains("updatedAt");

            assertThat(http.get("/api/drafts/application", "family2").body()).doesNotContain("Nanshan\",\"step\":2");
            assertThat(http.send("DELETE", "/api/drafts/application", user, user, null, null).statusCode())
                    .isEqualTo(204);
            assertThat(http.get("/api/drafts/application", user).statusCode()).isEqualTo(204);
        }

        @Test
        void submittingTheApplicationRemovesTheDraft() throws Exception {
            String user = newFamily("draftsubmitter4q7z");
            assertThat(put(user, "{\"values\":{\"district\":\"Futian\"}}").statusCode()).isEqualTo(200);
            var created = http.send("POST", "/api/applications", user, user, "application/json",
                    new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                            cn.anju.TestApplications.twoChildren()), "Idempotency-Key", "draft-submitter-0001");
            assertThat(created.statusCode()).isIn(200, 201);
            assertThat(http.get("/api/drafts/application", user).statusCode()).isEqualTo(204);
        }

        @Test
        void inABrowserSessionADraftIsSavedOnlyWithThePagesCsrfToken() {
            RawHttp browser = RawHttp.withCookies(port);
            String loginToken = csrfToken(browser.get("/login", null).body(), "name=\"_csrf\" value=\"([^\"]+)\"");
            var signedIn = browser.send("POST", "/login", null, null, "application/x-www-form-urlencoded",
                    "username=family2&password=family2&_csrf=" + encode(loginToken));
            assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/home");

            var forged = browser.send("PUT", "/api/drafts/application", null, null, "application/json", "{}");
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(forged.body()).contains("security token");

            String pageToken = csrfToken(browser.get("/portal/apply", null).body(), "name=\"_csrf\" content=\"([^\"]+)\"");
            var saved = browser.send("PUT", "/api/drafts/application", null, null, "application/json",
                    "{\"values\":{}}", "X-CSRF-TOKEN", pageToken);
            assertThat(saved.statusCode()).isEqualTo(200);
        }

        @Test
        void anAbandonedDraftIsRemovedAfterTheRetentionAndARecentOneKept(@Autowired DraftCleaner cleaner,
                                                                          @Autowired JdbcClient db) {
            String old = newFamily("draftabandoner4q7z");
            String recent = newFamily("draftkeepsgoing4q7z");
            assertThat(put(old, "{\"values\":{}}").statusCode()).isEqualTo(200);
            assertThat(put(recent, "{\"values\":{}}").statusCode()).isEqualTo(200);
            db.sql("update application_draft set updated_at = ? where owner_account = (select id from account where username = ?)")
                    .params(java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(91))), old)
                    .update();
            cleaner.removeAbandoned();
            assertThat(http.get("/api/drafts/application", old).statusCode()).isEqualTo(204);
            assertThat(http.get("/api/drafts/application", recent).statusCode()).isEqualTo(200);
        }

        @Test
        void aDraftIsAJsonObjectOfBoundedSize() {
            String user = newFamily("draftbounds4q7z");
            assertThat(put(user, "[1, 2]").statusCode()).isEqualTo(422);
            assertThat(put(user, "{not json").statusCode()).isEqualTo(400);
            String huge = "{\"values\":{\"note\":\"" + "x".repeat(DraftController.MAX_CHARS) + "\"}}";
            assertThat(put(user, huge).statusCode()).isEqualTo(413);
            assertThat(http.get("/api/drafts/application", user).statusCode()).isEqualTo(204);
        }

        private HttpResponse<String> put(String user, String body) {
            return http.send("PUT", "/api/drafts/application", user, user, "application/json", body);
        }
    }

    @Nested
    class SigningUp {

        @Test
        void aFamilySignsUpAndCanThenUseTheApi() {
            var result = signUp("wangfang", "lotus-pond-4471", "lotus-pond-4471");
            assertThat(result.statusCode()).isEqualTo(302);
            assertThat(result.headers().firstValue("Location").orElseThrow()).endsWith("/login");
            var applications = http.send("GET", "/api/applications", "wangfang", "lotus-pond-4471", null, null);
            assertThat(applications.statusCode()).isEqualTo(200);
            assertThat(applications.body()).isEqualTo("[]");
        }

        @Test
        void eachBadFieldIsNamedAndNoAccountIsCreated() {
            var page = signUp("No Spaces!", "short", "other");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(errorFor(page, "username")).isEqualTo("用户名须为 3 至 32 位小写字母或数字，以字母开头");
            assertThat(errorFor(page, "password")).isEqualTo("密码长度须为 10 至 64 位");
            assertThat(errorFor(page, "confirmPassword")).isEqualTo("两次输入的密码不一致");
            assertThat(http.send("GET", "/api/applications", "No Spaces!", "short", null, null).statusCode())
                    .isEqualTo(401);
        }

        @Test
        void aShortOrCommonPasswordIsRefusedNextToTheFieldInEitherLanguage() {
            assertThat(errorFor(signUp("shortpass", "lotus-447", "lotus-447"), "password")).as("nine characters")
                    .isEqualTo("密码长度须为 10 至 64 位");
            for (String common : new String[] {"password123", "qwertyuiop", "1q2w3e4r5t6y", "iloveyou2026"}) {
                var page = signUp("commonpass", common, common);
                assertThat(page.statusCode()).as(common).isEqualTo(200);
                assertThat(errorFor(page, "password")).as(common)
                        .isEqualTo("这个密码太常见或太容易猜到：请换一个，例如几个不相关的词加上数字");
            }
            assertThat(errorFor(signUp("commonpass", "password123", "password123", "en"), "password"))
                    .isEqualTo("is too common or too easy to guess: choose another, e.g. a few unrelated words and a number");
            assertThat(http.send("GET", "/api/applications", "commonpass", "password123", null, null).statusCode())
                    .isEqualTo(401);
        }

        @Test
        void aTakenNameIsRefusedAndItsPasswordUnchanged() {
            var page = signUp("family", "lotus-pond-4471", "lotus-pond-4471");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(errorFor(page, "username")).isEqualTo("该用户名已被使用");
            assertThat(http.get("/api/applications", "family").statusCode()).isEqualTo(200);
        }

        @Test
        void withoutTheFormsCsrfTokenNothingHappens() {
            var response = http.send("POST", "/signup", null, null, "application/x-www-form-urlencoded",
                    "username=nocsrf&password=lotus-pond-4471&confirmPassword=lotus-pond-4471");
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(http.send("GET", "/api/applications", "nocsrf", "lotus-pond-4471", null, null).statusCode())
                    .isEqualTo(401);
        }
    }

    @Test
    void anotherFamilysApplicationPageIsAPlainNotFound() throws Exception {
        var created = http.send("POST", "/api/applications", "family", "family", "application/json",
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                        cn.anju.TestApplications.twoChildren()), "Idempotency-Key", "not-found-page-0001");
        String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(http.get("/portal/applications/" + id, "family").statusCode()).isEqualTo(200);

        var page = http.send("GET", "/portal/applications/" + id, "family2", "family2", null, null,
                "Accept-Language", "zh-CN");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("找不到该申请").doesNotContain(id);
    }

    /** Signs up through the form, as a browser does: the page's CSRF token with its session cookie. */
    private HttpResponse<String> signUp(String username, String password, String confirm) {
        return signUp(username, password, confirm, "zh-CN");
    }

    private HttpResponse<String> signUp(String username, String password, String confirm, String language) {
        RawHttp browser = RawHttp.withCookies(port);
        var form = browser.get("/signup", null);
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).isTrue();
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&confirmPassword="
                + encode(confirm) + "&_csrf=" + encode(token.group(1));
        return browser.send("POST", "/signup", null, null, "application/x-www-form-urlencoded", body,
                "Accept-Language", language);
    }

    /** A family whose password is its name: a name long and odd enough to pass the password rule. */
    private String newFamily(String name) {
        var result = signUp(name, name, name);
        assertThat(result.statusCode()).isIn(200, 302);
        return name;
    }

    private static String csrfToken(String page, String pattern) {
        var token = Pattern.compile(pattern).matcher(page);
        assertThat(token.find()).as(pattern).isTrue();
        return token.group(1);
    }

    private static String errorFor(HttpResponse<String> page, String field) {
        var error = Pattern.compile("data-for=\"" + field + "\"[^>]*>([^<]*)<").matcher(page.body());
        return error.find() ? error.group(1) : null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
