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
 * Camunda Admin's first-run setup creates an administrator without signing in. Camunda closes it once
 * a camunda-admin member exists; we close it as soon as the store holds any user, because families
 * register without being administrators, and the setup page must never be an open door beside them.
 */
class WebappSetupGuard extends OncePerRequestFilter {

    private static final Pattern SETUP = Pattern.compile("/camunda/api/admin/setup(/.*)?", Pattern.CASE_INSENSITIVE);

    private final UserDirectory users;

    WebappSetupGuard(UserDirectory users) {
        this.users = users;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The decoded, normalised path: "/camunda/api/admin/./set%75p" must not slip past.
        return !SETUP.matcher(new UrlPathHelper().getPathWithinApplication(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!users.isEmpty()) {
            Problems.forbidden(response, "The setup is closed: users exist. Managers add users in Camunda Admin.");
            return;
        }
        chain.doFilter(request, response);
    }
}
