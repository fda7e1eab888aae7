package cn.anju.portal;

import cn.anju.application.ApplicationSummaries;
import cn.anju.privacy.ConsentTexts;
import cn.anju.security.AnjuUser;
import cn.anju.security.CaseAccess;
import cn.anju.security.CaseNotFoundException;
import cn.anju.security.CurrentUser;
import cn.anju.security.Role;
import cn.anju.web.PageData;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The pages of the portal; the data on them comes from the JSON API, read by the page's script. */
@Controller
class PortalPages {

    private final ApplicationSummaries applications;
    private final CaseAccess access;
    private final PageData pageData;
    private final ConsentTexts consentTexts;

    PortalPages(ApplicationSummaries applications, CaseAccess access, PageData pageData, ConsentTexts consentTexts) {
        this.applications = applications;
        this.access = access;
        this.pageData = pageData;
        this.consentTexts = consentTexts;
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

    @GetMapping("/portal")
    String applications(Model model) {
        AnjuUser user = CurrentUser.get();
        model.addAttribute("applications", user.has(Role.APPLICANT)
                ? applications.page(user.accountId(), null, 0, 50) : List.of());
        return "portal/home";
    }

    @GetMapping("/portal/apply")
    String apply(Model model, Locale locale) {
        model.addAttribute(PageData.ATTRIBUTE, scriptData(locale, Map.of()));
        model.addAttribute("consentVersion", consentTexts.version());
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
        model.addAttribute(PageData.ATTRIBUTE, scriptData(locale, Map.of("applicationId", id)));
        return "portal/status";
    }

    /** The portal's scripts read the keys "js.*" of the portal bundle. */
    private Map<String, Object> scriptData(Locale locale, Map<String, ?> values) {
        return pageData.of(locale, "i18n/portal", "js.", values);
    }
}
