package cn.anju.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Task queries evaluate every {@code *Expression} parameter (JUEL: any method of any object), and the
 * engine's switches forbid them only at the top level, not in {@code orQueries}, stored filters or a
 * filter's extension. So no engine request may carry one anywhere: not in a query parameter, not as a
 * key at any depth of a JSON body. The engine refuses them too ({@code ExpressionBeans}); this answers
 * first, with problem details. A JSON body is read once (at most {@link #MAX_BODY} bytes) and replayed.
 */
final class QueryExpressions {

    static final int MAX_BODY = 1024 * 1024;
    private static final String SUFFIX = "expression";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The request to pass on (its body replayable), or why it is refused. */
    record Checked(HttpServletRequest request, int status, String title, String problem) {
        static Checked ok(HttpServletRequest request) {
            return new Checked(request, 0, null, null);
        }

        static Checked refused(int status, String title, String problem) {
            return new Checked(null, status, title, problem);
        }
    }

    private QueryExpressions() {
    }

    static Checked check(HttpServletRequest request) throws IOException {
        // Query string only: a form body is never parsed here (the engine's JSON endpoints refuse forms).
        for (String name : queryParameterNames(request)) {
            if (isExpression(name)) {
                return expressionRefused(name);
            }
        }
        if (!isJson(request.getContentType())) {
            return Checked.ok(request);
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            return Checked.refused(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Payload Too Large",
                    "An engine request body is at most " + MAX_BODY + " bytes.");
        }
        if (body.length > 0) {
            JsonNode tree;
            try {
                tree = JSON.readTree(body);
            } catch (JsonProcessingException e) {
                return Checked.refused(HttpServletResponse.SC_BAD_REQUEST, "Bad Request", "The body is not valid JSON.");
            }
            List<String> found = new ArrayList<>();
            collect(tree, "", found);
            if (!found.isEmpty()) {
                return expressionRefused(found.get(0));
            }
        }
        return Checked.ok(new Replayed(request, body));
    }

    private static Checked expressionRefused(String field) {
        return Checked.refused(HttpServletResponse.SC_BAD_REQUEST, "Bad Request",
                "Expressions are forbidden in engine queries and filters (" + field.replace("\"", "") + ").");
    }

    private static List<String> queryParameterNames(HttpServletRequest request) {
        String query = request.getQueryString();
        List<String> names = new ArrayList<>();
        if (query == null) {
            return names;
        }
        for (String pair : query.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            try {
                names.add(java.net.URLDecoder.decode(name, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                names.add(name); // Undecodable: kept as is; Jersey refuses it.
            }
        }
        return names;
    }

    private static void collect(JsonNode node, String path, List<String> found) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (isExpression(field.getKey())) {
                    found.add(fieldPath);
                }
                collect(field.getValue(), fieldPath, found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", found);
            }
        }
    }

    private static boolean isExpression(String name) {
        return name.trim().toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }

    /** JSON in any spelling Jersey's Jackson provider would read: application/json, text/json, *+json. */
    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    /** The request with its body read once and handed on unchanged. */
    private static final class Replayed extends HttpServletRequestWrapper {
        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body has been read already");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
