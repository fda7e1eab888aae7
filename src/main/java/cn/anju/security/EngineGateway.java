package cn.anju.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * The one rule book in front of both engine APIs: {@code /engine-rest} (signed in by Spring Security)
 * and the webapps' {@code /camunda/api/engine} (signed in by the webapps' own session). Each request is
 * reduced to the operation it names (the path below the engine root), allowed only if the caller's role
 * lists it ({@link EngineOperations}), and refused when it carries a query expression anywhere
 * ({@link QueryExpressions}). Who the caller is comes from the authentication, never from the request.
 */
class EngineGateway extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineGateway.class);
    private static final String ENGINE_REST = "/engine-rest";
    private static final String WEBAPP_ENGINE = "/camunda/api/engine";
    private static final String DEFAULT_ENGINE = "/engine/default";

    private final EngineCaller callers;
    private final UrlPathHelper paths = new UrlPathHelper();

    EngineGateway(EngineCaller callers) {
        this.callers = callers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isEngineSurface(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> operation = operationOf(request);
        if (operation.isEmpty()) {
            Problems.write(response, HttpServletResponse.SC_NOT_FOUND, "Not Found",
                    "There is one process engine here: \"default\".");
            return;
        }
        String method = request.getMethod().toUpperCase();
        Optional<AnjuUser> caller = callers.of(request);
        Set<Role> roles = caller.map(AnjuUser::roles).orElse(Set.of());
        // Before signing in, the webapps only ask which engines there are.
        boolean permitted = caller.isEmpty() ? "GET".equals(method) && "/engine".equals(operation.get())
                : EngineOperations.permits(roles, method, operation.get());
        if (!permitted) {
            if (caller.isEmpty()) {
                Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "Sign in first.");
            } else {
                log.info("Refused engine operation {} {} to {}", method, operation.get(), caller.get().username());
                Problems.forbidden(response, "Your role may not call this engine operation: " + method + " "
                        + operation.get());
            }
            return;
        }
        var body = QueryExpressions.check(request);
        if (body.problem() != null) {
            Problems.write(response, body.status(), body.title(), body.problem());
            return;
        }
        chain.doFilter(body.request(), response);
    }

    private boolean isEngineSurface(HttpServletRequest request) {
        String path = paths.getPathWithinApplication(request);
        return under(path, ENGINE_REST) || under(path, WEBAPP_ENGINE);
    }

    /** The operation's path below the engine root, the same for both doors and both path forms. */
    Optional<String> operationOf(HttpServletRequest request) {
        String path = paths.getPathWithinApplication(request);
        String rest;
        if (under(path, ENGINE_REST)) {
            rest = path.substring(ENGINE_REST.length());
        } else if (under(path, WEBAPP_ENGINE)) {
            rest = path.substring(WEBAPP_ENGINE.length());
            // The webapps always name the engine: /camunda/api/engine/engine/default/...
            if (!under(rest, "/engine")) {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        if (rest.equals("/engine")) {
            return Optional.of(rest);
        }
        if (under(rest, "/engine")) {
            if (!under(rest, DEFAULT_ENGINE) || rest.length() == DEFAULT_ENGINE.length()) {
                return Optional.empty();
            }
            rest = rest.substring(DEFAULT_ENGINE.length());
        }
        return Optional.of(rest);
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
