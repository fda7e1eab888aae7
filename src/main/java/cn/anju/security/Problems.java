package cn.anju.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;

/** RFC 9457 problem details written by the security filters, before Spring MVC (and ApiErrors) is reached. */
final class Problems {

    private Problems() {
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("""
                {"type":"about:blank","title":"%s","status":%d,"detail":"%s"}""".formatted(title, status, detail));
    }

    static void forbidden(HttpServletResponse response, String detail) throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", detail);
    }
}
