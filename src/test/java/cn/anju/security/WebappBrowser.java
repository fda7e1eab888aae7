package cn.anju.security;

import cn.anju.RawHttp;
import java.net.http.HttpResponse;

/** A browser on the Camunda webapps: keeps cookies and sends the CSRF token the webapps hand out. */
final class WebappBrowser {

    private final RawHttp http;
    private String token;

    WebappBrowser(int port) {
        http = RawHttp.withCookies(port);
        token = csrfCookie(http.get("/camunda/app/tasklist/default/", null))
                .orElseThrow(() -> new IllegalStateException("No CSRF cookie from the webapp"));
    }

    /** Signs in; the sign-in starts a new session with a new CSRF token. */
    HttpResponse<String> login(String user) {
        var response = post("/camunda/api/admin/auth/user/default/login/tasklist", "application/x-www-form-urlencoded",
                "username=" + user + "&password=" + user);
        csrfCookie(response).ifPresent(renewed -> token = renewed);
        return response;
    }

    private static java.util.Optional<String> csrfCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.substring(11, c.indexOf(';'))).findFirst();
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return http.send("POST", path, null, null, contentType, body, "X-XSRF-TOKEN", token);
    }

    /** As Tasklist asks for a filter's tasks: HAL, so that the tasks come with the filter's variables. */
    HttpResponse<String> postForHal(String path, String body) {
        return http.send("POST", path, null, null, "application/json", body, "X-XSRF-TOKEN", token,
                "Accept", "application/hal+json");
    }

    /** Any call with the session and its token, as the webapps' scripts make them. */
    HttpResponse<String> send(String method, String path, String contentType, String body) {
        return http.send(method, path, null, null, body == null ? null : contentType, body, "X-XSRF-TOKEN", token);
    }

    HttpResponse<String> postWithoutToken(String path, String contentType, String body) {
        return http.send("POST", path, null, null, contentType, body);
    }

    HttpResponse<String> get(String path) {
        var response = http.send("GET", path, null, null, null, null, "X-XSRF-TOKEN", token);
        csrfCookie(response).ifPresent(renewed -> token = renewed);
        return response;
    }
}
