package cn.anju.decision;

import cn.anju.application.Application;
import cn.anju.application.ApplicationRepository;
import cn.anju.application.Housing;
import cn.anju.application.HousingType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Reads an application and states the facts the eligibility rules need, as of today. */
@Service
public class EligibilityFactsService {

    private static final int MIN_APPLICANT_AGE = 16;

    private final ApplicationRepository applications;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    public EligibilityFactsService(ApplicationRepository applications, Clock clock,
                                   org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.applications = applications;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public EligibilityFacts factsOf(UUID applicationId) {
        Application a = applications.findById(applicationId)
                .orElseThrow(() -> new IllegalArgumentException("No application " + applicationId));
        LocalDate today = LocalDate.now(clock);
        boolean hasEligibleApplicant = a.applicants().stream().anyMatch(p -> p.relationship().mayApply()
                && Period.between(p.birthDate(), today).getYears() >= MIN_APPLICANT_AGE);
        int residenceMonths = months(a.arrivalDate(), today);
        Housing h = a.housing();
        if (h.type() != HousingType.LEASE) {
            return new EligibilityFacts(a.city(), hasEligibleApplicant, residenceMonths, h.type().name(), null, null,
                    null);
        }
        boolean running = !h.startDate().isAfter(today) && !h.endDate().isBefore(today);
        // The registry's word where it knows the lease; otherwise what the family declared.
        var registry = jdbc.sql("select registry_found, registry_registered from housing_evidence where application_id = ?")
                .param(applicationId).query((rs, n) -> rs.getBoolean(1) ? (Boolean) rs.getBoolean(2) : null)
                .optional().orElse(null);
        boolean registered = registry != null ? registry
                : h.registrationNumber() != null && !h.registrationNumber().isBlank();
        int monthsRemaining = months(today, h.endDate());
        return new EligibilityFacts(a.city(), hasEligibleApplicant, residenceMonths, h.type().name(), running,
                registered, monthsRemaining);
    }

    /** Whole months from one date to another, never negative. */
    private static int months(LocalDate from, LocalDate to) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, ChronoUnit.MONTHS.between(from, to)));
    }
}
