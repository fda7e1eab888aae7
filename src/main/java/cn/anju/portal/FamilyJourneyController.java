package cn.anju.portal;

import cn.anju.application.FamilyLanguage;
import cn.anju.security.CaseAccess;
import cn.anju.security.CurrentUser;
import java.util.Locale;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The family's status page reads its steps and timeline here, rendered in the page's language. */
@RestController
class FamilyJourneyController {

    private final FamilyJourneys journeys;
    private final CaseAccess access;

    FamilyJourneyController(FamilyJourneys journeys, CaseAccess access) {
        this.journeys = journeys;
        this.access = access;
    }

    @GetMapping("/api/applications/{id}/journey")
    FamilyJourney journey(@PathVariable UUID id, Locale locale) {
        access.checkCanSee(CurrentUser.get(), id);
        return journeys.of(id, FamilyLanguage.of(locale).locale());
    }
}
