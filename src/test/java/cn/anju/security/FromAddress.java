package cn.anju.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client connecting from a loopback address of its own (127.0.0.2, 127.0.0.3, ...: all of 127/8 is
 * the loopback on Linux), so the server sees a really different client address, no header involved.
 * HTTP/1.1 over a plain socket, one connection per request; keeps cookies like a browser.
 */
final class FromAddress {

    record Response(int status, String body, Map<String, String> cookies) {
    }

    private final InetAddress local;
    private final int port;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    FromAddress(String localAddress, int port) {
        try {
            this.local = InetAddress.getByName(localAddress);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        this.port = port;
    }

    String address() {
        return local.getHostAddress();
    }

    Response get(String path, String user, String password) {
        return send("GET", path, user, password, null, null, Map.of());
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    Response send(String method, String path, String user, String password, String contentType, String body,
                  Map<String, String> headers) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\nConnection: close\r\n")
                .append("Content-Length: ").append(content.length).append("\r\n");
        if (user != null) {
            head.append("Authorization: Basic ").append(Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).append("\r\n");
        }
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (!cookies.isEmpty()) {
            head.append("Cookie: ").append(String.join("; ", cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).toList())).append("\r\n");
        }
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, local, 0)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response parse(byte[] raw) throws IOException {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        boolean chunked = false;
        Pattern setCookie = Pattern.compile("(?i)set-cookie:\\s*([^=]+)=([^;]*)");
        for (String line : lines) {
            Matcher cookie = setCookie.matcher(line);
            if (cookie.lookingAt()) {
                cookies.put(cookie.group(1).trim(), cookie.group(2));
            }
            chunked |= line.toLowerCase().startsWith("transfer-encoding:") && line.toLowerCase().contains("chunked");
        }
        String body = text.substring(end + 4);
        return new Response(status, chunked ? unchunk(body) : body, Map.copyOf(cookies));
    }

    private static String unchunk(String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        InputStream in = new java.io.ByteArrayInputStream(bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            StringBuilder size = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            int length = size.isEmpty() ? 0 : Integer.parseInt(size.toString().split(";")[0].trim(), 16);
            if (length == 0) {
                return out.toString(StandardCharsets.UTF_8);
            }
            out.write(in.readNBytes(length));
            in.read();
            in.read();
        }
    }
}
