package cn.anju.security;

import cn.anju.RawHttp;
import java.net.http.HttpResponse;

/** A browser on the Camunda webapps: keeps cookies and sends the CSRF token the webapps hand out. */
final class WebappBrowser {

    private final RawHttp http;
    private final String token;

    WebappBrowser(int port) {
        http = RawHttp.withCookies(port);
        var page = http.get("/camunda/app/tasklist/default/", null);
        token = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.substring(11, c.indexOf(';')))
                .findFirst().orElseThrow(() -> new IllegalStateException("No CSRF cookie from the webapp"));
    }

    HttpResponse<String> login(String user) {
        return post("/camunda/api/admin/auth/user/default/login/tasklist", "application/x-www-form-urlencoded",
                "username=" + user + "&password=" + user);
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return http.send("POST", path, null, null, contentType, body, "X-XSRF-TOKEN", token);
    }

    HttpResponse<String> postWithoutToken(String path, String contentType, String body) {
        return http.send("POST", path, null, null, contentType, body);
    }

    HttpResponse<String> get(String path) {
        return http.send("GET", path, null, null, null, null, "X-XSRF-TOKEN", token);
    }
}
