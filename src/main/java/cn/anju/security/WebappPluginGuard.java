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
 * Cockpit's and Admin's plugin APIs answer any signed-in webapp user, whatever the app: Cockpit's
 * process statistics count every district's cases, and Admin's metrics check no grant at all. Their data
 * is for managers; their scripts and styles ({@code .../static/...}) stay open, as the sign-in pages
 * load them.
 */
class WebappPluginGuard extends OncePerRequestFilter {

    private static final Pattern PLUGIN_DATA = Pattern.compile(
            "/camunda/api/(cockpit|admin/plugin)/.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATIC = Pattern.compile("/camunda/api/[^/]+(/plugin)?/[^/]+/static/.*",
            Pattern.CASE_INSENSITIVE);

    private final EngineCaller callers;
    private final UrlPathHelper paths = new UrlPathHelper();

    WebappPluginGuard(EngineCaller callers) {
        this.callers = callers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = paths.getPathWithinApplication(request);
        return !PLUGIN_DATA.matcher(path).matches() || STATIC.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = callers.of(request);
        if (caller.isEmpty()) {
            Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "Sign in first.");
        } else if (!caller.get().has(Role.MANAGER)) {
            Problems.forbidden(response, "Cockpit's and Admin's figures are for managers.");
        } else {
            chain.doFilter(request, response);
        }
    }
}
