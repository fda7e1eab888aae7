package cn.anju.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three doors: the engine REST API (HTTP Basic, stateless), the Camunda webapps (their own login
 * and CSRF protection against the same user store), and the rest: the API for HTTP Basic clients
 * and the portal with a session and CSRF tokens.
 */
@Configuration
class SecurityConfig {

    private static final String[] STAFF_ROLES = Arrays.stream(Role.values()).filter(r -> r != Role.APPLICANT)
            .map(Role::name).toArray(String[]::new);

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, UserDirectory users) throws Exception {
        return http.securityMatcher(path("/engine-rest/**"))
                // Families are refused here already; staff then only call their role's operations.
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole(STAFF_ROLES))
                .addFilterAfter(new EngineGateway(new EngineCaller(users)), AuthorizationFilter.class)
                .httpBasic(b -> b.authenticationEntryPoint(problemEntryPoint()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless, so a browser can never hold a token here: no browser changes the engine
                // through it, whatever Basic credentials it remembers. API clients are not browsers.
                .csrf(c -> c.ignoringRequestMatchers(request -> !fromBrowser(request)))
                .exceptionHandling(e -> e.accessDeniedHandler(problemAccessDenied()))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http, UserDirectory users) throws Exception {
        // The webapps authenticate against the engine's identity service and send their own CSRF token.
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .addFilterBefore(new WebappSessionGuard(users), AuthorizationFilter.class)
                .addFilterBefore(new WebappSetupGuard(users), AuthorizationFilter.class)
                .addFilterAfter(new WebappPluginGuard(new EngineCaller(users)), AuthorizationFilter.class)
                .addFilterAfter(new EngineGateway(new EngineCaller(users)), AuthorizationFilter.class)
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain application(HttpSecurity http,
                                    @Value("${anju.security.public-docs:false}") boolean publicDocs,
                                    @Value("${anju.security.public-metrics:false}") boolean publicMetrics)
            throws Exception {
        return http
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/", "/css/**", "/js/**", "/vendor/**", "/webjars/**",
                            "/favicon.ico", "/error", "/login", "/signup",
                            "/actuator/health/**", "/verify/**", "/api/verify/**", "/api/consent-text").permitAll();
                    // Open on a developer's machine; in production the API's map and the counters of cases
                    // and tasks are for staff (or a scraper with a staff account) only.
                    var docs = a.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**");
                    var metrics = a.requestMatchers("/actuator/prometheus");
                    if (publicDocs) {
                        docs.permitAll();
                    } else {
                        docs.hasAnyRole(STAFF_ROLES);
                    }
                    if (publicMetrics) {
                        metrics.permitAll();
                    } else {
                        metrics.hasAnyRole(STAFF_ROLES);
                    }
                    a
                        // Refused before any parameter is read: a family learns nothing, not even a 400.
                        .requestMatchers("/api/placement/**").hasAnyRole(STAFF_ROLES)
                        // City-wide figures: managers only (district staff and families get 403).
                        .requestMatchers("/dashboard", "/dashboard/**", "/api/dashboard", "/api/dashboard.csv",
                                "/api/dashboard/**").hasRole(Role.MANAGER.name())
                        // Who opened which case: for managers (the family reads its own case's, by office only).
                        .requestMatchers("/api/access-log", "/api/access-log.csv").hasRole(Role.MANAGER.name())
                        .anyRequest().authenticated();
                })
                .httpBasic(b -> b.authenticationEntryPoint(problemEntryPoint()))
                .headers(h -> h
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
                                new ContentSecurityPolicyHeaderWriter(PAGE_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
                                new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY))))
                // Our own bilingual sign-in page; afterwards each role lands where it works (/home).
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/home", false).permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                // CSRF rides on the session cookie: a request without a session (an API client, or Basic
                // credentials only) has nothing a forged form could borrow.
                // A browser never skips it: a form posted from another site would carry the browser's
                // remembered Basic credentials, and no session.
                .csrf(c -> c.ignoringRequestMatchers(request -> request.getRequestedSessionId() == null
                        && (API.matches(request) || isBasic(request)) && !fromBrowser(request)))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(problemEntryPoint(), API)
                        .defaultAccessDeniedHandlerFor(problemAccessDenied(), API))
                .build();
    }

    /**
     * Anju's pages load scripts, styles and images from their own files only: a text a family typed that
     * slipped through as markup runs nothing, and no other site frames the pages or receives their forms.
     * (Downloads set their own, stricter "sandbox"; the Camunda webapps set theirs.)
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; frame-ancestors 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'";

    /** Springdoc's Swagger UI is not ours: its script sets inline styles, so only styles are relaxed there. */
    static final String SWAGGER_UI_POLICY = PAGE_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private static final RequestMatcher SWAGGER_UI = path("/swagger-ui/**");

    private static final RequestMatcher API = request -> request.getRequestURI().startsWith("/api/");

    private static AccessDeniedHandler problemAccessDenied() {
        return (request, response, exception) -> Problems.forbidden(response, exception instanceof CsrfException
                        ? "The page's security token is missing or out of date (the session may have ended): reload the page."
                        : "Your role may not use this.");
    }

    /** Runs after Spring Security has signed the caller in, inside the engine REST servlet's path. */
    @Bean
    FilterRegistrationBean<EngineAuthenticationFilter> engineAuthentication(IdentityService identity,
                                                                           UserDirectory users) {
        var registration = new FilterRegistrationBean<>(new EngineAuthenticationFilter(identity, users));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /** Before Spring Security, whose path matching is what fails on such a path. */
    @Bean
    FilterRegistrationBean<EncodedPathGuard> encodedPathGuard() {
        var registration = new FilterRegistrationBean<>(new EncodedPathGuard());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Matched on the path itself: the engine REST API and the webapps are not served by Spring MVC. */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static boolean isBasic(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /**
     * Browsers say where a request comes from (Fetch Metadata, and Origin on every POST); API clients
     * send neither. Only browsers replay remembered credentials on their own.
     */
    static boolean fromBrowser(HttpServletRequest request) {
        return request.getHeader("Sec-Fetch-Site") != null || request.getHeader("Sec-Fetch-Mode") != null
                || request.getHeader("Origin") != null;
    }

    private static AuthenticationEntryPoint problemEntryPoint() {
        return (request, response, exception) -> {
            // Never to a browser (a page, a link, the portal's scripts): it would ask for a password in its
            // own box and then send it with every request to the site, also with forms from other sites.
            if (request.getHeader("X-Requested-With") == null && !fromBrowser(request)) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Anju\"");
            }
            Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "Sign in, or send HTTP Basic credentials.");
        };
    }
}
