package cn.anju.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the engine who calls the engine REST API (signed in by Spring Security), so that task
 * listeners see the real user: nobody can claim or complete a task under someone else's name.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identity;
    private final UserDirectory users;

    EngineAuthenticationFilter(IdentityService identity, UserDirectory users) {
        this.identity = identity;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AnjuUser user)) {
            chain.doFilter(request, response);
            return;
        }
        identity.setAuthentication(user.username(), users.groupIds(user.username()));
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }
}
