package cn.anju.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A percent-encoded first path segment ({@code /%65ngine-rest/...}) names a servlet that the raw path
 * does not start with, and Spring's path parsing fails on it with a 500. No link of ours encodes it:
 * refused as the malformed request it is, before any other filter looks at the path.
 */
class EncodedPathGuard extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path : path.substring(0, end);
        if (first.indexOf('%') >= 0) {
            Problems.write(response, HttpServletResponse.SC_BAD_REQUEST, "Bad Request",
                    "The first segment of the path must not be percent-encoded.");
            return;
        }
        chain.doFilter(request, response);
    }
}
