package cn.anju.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * The Camunda webapps (Tasklist, Cockpit, Admin) are for staff: an applicant's sign-in there is
 * refused before the webapp sees it. The webapps share the one user store, so families must not
 * be able to open them with their portal password.
 */
class WebappLoginGuard extends OncePerRequestFilter {

    private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login(/.*)?",
            Pattern.CASE_INSENSITIVE);

    private final UserDirectory users;

    WebappLoginGuard(UserDirectory users) {
        this.users = users;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The decoded path: "log%69n" must not slip past.
        String path = new UrlPathHelper().getPathWithinApplication(request);
        return !("POST".equalsIgnoreCase(request.getMethod()) && LOGIN.matcher(path).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        if (username != null && !username.isBlank() && !users.isStaff(username)) {
            Problems.forbidden(response, "The Camunda webapps are for staff; families use the portal.");
            return;
        }
        chain.doFilter(request, response);
    }
}
