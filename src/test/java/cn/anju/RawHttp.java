package cn.anju;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Plain HTTP for access tests: no shared cookies, no cached credentials, so each request carries
 * exactly the credentials it names (or none).
 */
public final class RawHttp {

    private final String base;
    private final HttpClient client;

    public RawHttp(int port) {
        this(port, false);
    }

    private RawHttp(int port, boolean cookies) {
        this.base = "http://localhost:" + port;
        var builder = HttpClient.newBuilder();
        if (cookies) {
            builder.cookieHandler(new CookieManager());
        }
        this.client = builder.build();
    }

    /** A client that keeps cookies, like a browser. */
    public static RawHttp withCookies(int port) {
        return new RawHttp(port, true);
    }

    public HttpResponse<String> send(String method, String path, String user, String password, String contentType,
                                     String body, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET as a demo user (password = user name), or anonymously when user is null. */
    public HttpResponse<String> get(String path, String user) {
        return send("GET", path, user, user, null, null);
    }
}
