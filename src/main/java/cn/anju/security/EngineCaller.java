package cn.anju.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.util.UrlPathHelper;

/**
 * Who the engine will act for on this request: on {@code /engine-rest} the user Spring Security signed
 * in (handed to the engine by {@link EngineAuthenticationFilter}); on the webapps the user of the
 * webapps' own session (handed to the engine by their AuthenticationFilter). Never read from the
 * request's parameters or body.
 */
class EngineCaller {

    /** The webapps keep their sign-ins in the session under this name (Camunda's AuthenticationUtil). */
    private static final String WEBAPP_AUTHENTICATIONS = "authenticatedUser";

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final UserDirectory users;

    EngineCaller(UserDirectory users) {
        this.users = users;
    }

    Optional<AnjuUser> of(HttpServletRequest request) {
        if (PATHS.getPathWithinApplication(request).startsWith("/camunda/")) {
            return webappUsers(request.getSession(false)).stream().findFirst().flatMap(users::find);
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AnjuUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** Everyone signed in to the webapps in this session (one per engine; there is one engine). */
    static List<String> webappUsers(HttpSession session) {
        if (session == null || !(session.getAttribute(WEBAPP_AUTHENTICATIONS) instanceof Authentications all)) {
            return List.of();
        }
        return all.getAuthentications().stream().map(UserAuthentication::getName).toList();
    }
}
