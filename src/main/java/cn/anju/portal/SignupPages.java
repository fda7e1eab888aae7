package cn.anju.portal;

import cn.anju.security.PasswordRule;
import cn.anju.security.Role;
import cn.anju.security.UserDirectory;
import cn.anju.web.FixedWindowRateLimit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A family's own account: the applicant role in the one user store of portal, API and webapps. */
@Controller
class SignupPages {

    private final UserDirectory users;
    private final TransactionTemplate transaction;
    private final FixedWindowRateLimit signups;

    SignupPages(UserDirectory users, TransactionTemplate transaction, Clock clock,
                @Value("${anju.portal.signups-per-hour:20}") int signupsPerHour) {
        this.users = users;
        this.transaction = transaction;
        // Every account is a row in the engine's user store: one address does not create them by the hundred.
        this.signups = new FixedWindowRateLimit(signupsPerHour, Duration.ofHours(1), clock);
    }

    @GetMapping("/signup")
    String signupForm(Model model) {
        model.addAttribute("signup", SignupForm.empty());
        model.addAttribute("closed", !users.hasAdministrator());
        return "signup";
    }

    @PostMapping("/signup")
    String signup(@Valid @ModelAttribute("signup") SignupForm form, BindingResult errors,
                  RedirectAttributes redirect, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        long wait = signups.tryAcquire(request.getRemoteAddr());
        if (wait > 0) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
            model.addAttribute("retryMinutes", (wait + 59) / 60);
            return "signup";
        }
        // Until an administrator exists, a family's account would close Camunda's first-run setup
        // and leave the office without one: registration opens once the office is set up.
        if (!users.hasAdministrator()) {
            model.addAttribute("closed", true);
            return "signup";
        }
        if (!errors.hasFieldErrors("username") && users.isTaken(form.username())) {
            errors.rejectValue("username", "portal.signup.username.taken");
        }
        if (!errors.hasFieldErrors("password") && !PasswordRule.hardToGuess(form.password())) {
            errors.rejectValue("password", "portal.signup.password.common");
        }
        if (form.passwordsDiffer()) {
            errors.rejectValue("confirmPassword", "portal.signup.password.mismatch");
        }
        if (errors.hasErrors()) {
            return "signup";
        }
        try {
            // User, role and membership together or not at all.
            transaction.executeWithoutResult(status ->
                    users.create(form.username(), form.password(), form.username(), "", Role.APPLICANT, null));
        } catch (RuntimeException failed) {
            if (!users.isTaken(form.username())) {
                throw failed;
            }
            // Someone took the name between the check and the insert.
            errors.rejectValue("username", "portal.signup.username.taken");
            return "signup";
        }
        redirect.addFlashAttribute("registered", form.username());
        return "redirect:/login";
    }
}
