package cn.anju.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import cn.anju.RawHttp;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every page, public or signed in, comes from the one layout and speaks Chinese unless English is asked for. */
@AnjuSpringBootTest
class PagesInTheLayoutHttpTest {

    @LocalServerPort
    int port;

    private static final Map<String, String> PAGES = Map.of("/", "", "/login", "", "/signup", "",
            "/verify/AAAAAAAAAAAA", "", "/portal", "family", "/portal/apply", "family", "/dashboard", "manager");

    @Test
    void everyPageHasTheLayoutsHeaderStylesheetAndFooterInBothLanguages() {
        var http = new RawHttp(port);
        PAGES.forEach((path, user) -> {
            String chinese = http.get(path, user.isEmpty() ? null : user).body();
            assertThat(chinese).as(path).contains("<html lang=\"zh-CN\">", "<header class=\"bar\">",
                    "<link rel=\"stylesheet\" href=\"/css/anju.css\">", "<footer class=\"foot\">安居 Anju · 深圳市");
            String english = http.get(path + "?lang=en", user.isEmpty() ? null : user).body();
            assertThat(english).as(path).contains("<html lang=\"en\">", "<footer class=\"foot\">Anju 安居 · Shenzhen");
        });
    }

    @Test
    void theStartPageIsATemplateInTheVisitorsLanguage() {
        var http = new RawHttp(port);
        assertThat(http.get("/", null).body()).contains("立即申请", "/camunda/app/tasklist/", "/swagger-ui.html");
        assertThat(http.get("/?lang=en", null).body()).contains("Apply now", "Apply for residency on arrival");
    }

    @Test
    void theVerificationPageKeepsItsStatusCodesAndBothLanguagesWhateverTheChoice() {
        var http = new RawHttp(port);
        HttpResponse<String> malformed = http.get("/verify/not-a-code", null);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(malformed.body()).contains("<h1 id=\"status\">核验码格式不正确 The code is not well formed</h1>");

        HttpResponse<String> unknown = http.get("/verify/ABCDEFGHJKMN?lang=en", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("未找到该证书 Unknown certificate", "<html lang=\"en\">")
                .doesNotContain("<dl>");
    }

    @Test
    void scriptsGetTheirTextsAndTheJavaEnumsFromThePageData() {
        String apply = new RawHttp(port).get("/portal/apply?lang=en", "family").body();
        assertThat(apply).contains("<script type=\"application/json\" id=\"page-data\">{\"texts\":{",
                        "\"relationship\":[\"MOTHER\",\"FATHER\",\"GUARDIAN\",\"GRANDPARENT\",\"OTHER\"]",
                        "\"sex\":[\"M\",\"F\"]", "\"housingType\":[\"LEASE\",\"PROPERTY\"]",
                        "\"documentKind\":[\"LEASE_CONTRACT\",", "\"field.fullName\":\"Full name\"")
                .contains("<script src=\"/js/page.js\"></script>\n<script src=\"/js/portal/api.js\"></script>");
    }
}
