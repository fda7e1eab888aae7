package cn.anju.portal;

import cn.anju.application.ApplicationRepository;
import cn.anju.security.AnjuUser;
import cn.anju.security.CaseAccess;
import cn.anju.security.CaseNotFoundException;
import cn.anju.security.CurrentUser;
import cn.anju.security.Role;
import cn.anju.security.UserDirectory;
import cn.anju.web.FixedWindowRateLimit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of the portal; the data on them comes from the JSON API, read by the page's script. */
@Controller
class PortalPages {

    private final ApplicationRepository applications;
    private final CaseAccess access;
    private final UserDirectory users;
    private final PageTexts texts;
    private final TransactionTemplate transaction;
    private final FixedWindowRateLimit signups;

    PortalPages(ApplicationRepository applications, CaseAccess access, UserDirectory users, PageTexts texts,
                TransactionTemplate transaction, Clock clock,
                @Value("${anju.portal.signups-per-hour:20}") int signupsPerHour) {
        this.applications = applications;
        this.access = access;
        this.users = users;
        this.texts = texts;
        this.transaction = transaction;
        // Every account is a row in the engine's user store: one address does not create them by the hundred.
        this.signups = new FixedWindowRateLimit(signupsPerHour, Duration.ofHours(1), clock);
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Where each role works, after signing in. */
    @GetMapping("/home")
    String home() {
        AnjuUser user = CurrentUser.get();
        if (user.has(Role.MANAGER)) {
            return "redirect:/dashboard";
        }
        return user.isStaff() ? "redirect:/camunda/app/tasklist/" : "redirect:/portal";
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
        if (!errors.hasFieldErrors("username") && users.exists(form.username())) {
            errors.rejectValue("username", "portal.signup.username.taken");
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
            if (!users.exists(form.username())) {
                throw failed;
            }
            // Someone took the name between the check and the insert.
            errors.rejectValue("username", "portal.signup.username.taken");
            return "signup";
        }
        redirect.addFlashAttribute("registered", form.username());
        return "redirect:/login";
    }

    @GetMapping("/portal")
    String applications(Model model) {
        AnjuUser user = CurrentUser.get();
        model.addAttribute("applications", user.has(Role.APPLICANT)
                ? applications.findSummaries(user.username(), null, 0, 50) : java.util.List.of());
        return "portal/home";
    }

    @GetMapping("/portal/apply")
    String apply(Model model, Locale locale) {
        model.addAttribute("texts", texts.forScript(locale));
        return "portal/apply";
    }

    /** A page, not problem JSON: the family sees where to go next, and no more than for any other id. */
    @ExceptionHandler(CaseNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "portal/not-found";
    }

    @GetMapping("/portal/applications/{id}")
    String status(@PathVariable UUID id, Model model, Locale locale) {
        access.checkCanSee(CurrentUser.get(), id);
        model.addAttribute("applicationId", id);
        model.addAttribute("texts", texts.forScript(locale));
        return "portal/status";
    }
}
