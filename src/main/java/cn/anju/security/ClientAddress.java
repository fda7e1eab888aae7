package cn.anju.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The client address of the request this thread serves, for the engine's password check. Spring's
 * RequestContextHolder is no help there: with Jersey on the classpath (engine REST, the webapps) its
 * filter runs after Spring Security, so it is empty while HTTP Basic credentials are checked.
 * The TCP peer's address only: forwarded headers are for the proxy configuration to trust.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClientAddress extends OncePerRequestFilter {

    static final String IN_PROCESS = "in-process";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /** The caller's address, or "in-process" for work no request asked for (jobs, start-up, tests). */
    static String current() {
        String address = CURRENT.get();
        return address == null ? IN_PROCESS : address;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String outer = CURRENT.get();
        CURRENT.set(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
