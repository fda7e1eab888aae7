package cn.anju.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist, Cockpit and Admin are for staff. The webapps share the one user store, so a family's
 * portal password would open them: whoever the webapps' session says is signed in is checked on every
 * request, and a session of anyone who is not staff is ended and refused. The sign-in itself is
 * judged by its outcome (who the session holds afterwards), not by reading the request's body, whose
 * size, encoding or content type could hide the user name from a filter but not from Camunda.
 */
class WebappSessionGuard extends OncePerRequestFilter {

    private static final String REFUSED = "The Camunda webapps are for staff; families use the portal.";

    private final UserDirectory users;

    WebappSessionGuard(UserDirectory users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (holdsNonStaff(request.getSession(false))) {
            refuse(request, response);
            return;
        }
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            // Pages and scripts: no sign-in happens here, and they are too large to hold back.
            chain.doFilter(request, response);
            if (holdsNonStaff(request.getSession(false))) {
                request.getSession(false).invalidate();
            }
            return;
        }
        // Held back until the sign-in's outcome is known, so that a refused one answers nothing of it.
        var held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, held);
        } finally {
            if (holdsNonStaff(request.getSession(false))) {
                held.resetBuffer();
                refuse(request, response);
            } else {
                held.copyBodyToResponse();
            }
        }
    }

    private boolean holdsNonStaff(HttpSession session) {
        return EngineCaller.webappUsers(session).stream().anyMatch(user -> !users.isStaff(user));
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (!response.isCommitted()) {
            response.reset();
            Problems.forbidden(response, REFUSED);
        }
    }
}
