package cn.anju.evidence;

import cn.anju.application.Application;
import cn.anju.application.ApplicationRepository;
import cn.anju.application.CaseLog;
import cn.anju.application.HousingType;
import cn.anju.application.TimelineEntryType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks an application's housing evidence against the registry: the number exists, an applicant
 * holds it, the address matches, the lease runs today and is registered under the number given.
 * The outcome is kept with the evidence and shown in the timeline.
 */
@Service
public class RegistryCheck {

    /** What the registry confirmed; confirmed() when nothing is left for a person to look at. */
    public record Outcome(boolean found, boolean holderMatches, boolean addressMatches, boolean running,
                          boolean registered, List<String> problems) {
        public boolean confirmed() {
            return problems.isEmpty();
        }
    }

    private final HousingRegistry registry;
    private final ApplicationRepository applications;
    private final CaseLog caseLog;
    private final JdbcClient jdbc;
    private final Clock clock;

    public RegistryCheck(HousingRegistry registry, ApplicationRepository applications, CaseLog caseLog,
                         JdbcClient jdbc, Clock clock) {
        this.registry = registry;
        this.applications = applications;
        this.caseLog = caseLog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Outcome check(UUID applicationId) {
        Application a = applications.findById(applicationId).orElseThrow();
        var h = a.housing();
        String number = h.type() == HousingType.LEASE ? h.contractNumber() : h.deedNumber();
        var found = registry.find(number);
        List<String> problems = new ArrayList<>();
        boolean holder = false;
        boolean address = false;
        boolean running = false;
        boolean registered = false;
        if (found.isEmpty() || found.get().type() != h.type()) {
            problems.add("the " + (h.type() == HousingType.LEASE ? "lease" : "deed") + " number " + number
                    + " is not in the housing registry");
        } else {
            var r = found.get();
            holder = a.applicants().stream().anyMatch(p -> p.residentId().equalsIgnoreCase(r.holderResidentId()));
            // The declared line may name the district or street area first; it must end with the registered address.
            address = r.district() == a.addressDistrict() && compact(a.addressLine()).endsWith(compact(r.address()));
            LocalDate today = LocalDate.now(clock);
            running = !r.startDate().isAfter(today) && (r.endDate() == null || !r.endDate().isBefore(today));
            registered = h.type() == HousingType.PROPERTY || r.registrationNumber() != null;
            boolean numberMatches = h.type() == HousingType.PROPERTY
                    || (r.registrationNumber() != null && r.registrationNumber().equals(h.registrationNumber()));
            if (!holder) {
                problems.add("no applicant is the registered holder");
            }
            if (!address) {
                problems.add("the address differs from the registered one");
            }
            if (!running) {
                problems.add("the registered lease does not run today");
            }
            if (!registered) {
                problems.add("the lease is not registered with the housing authority");
            } else if (!numberMatches) {
                problems.add("the lease registration number differs from the registered one");
            }
        }
        var outcome = new Outcome(found.isPresent(), holder, address, running, registered, List.copyOf(problems));
        jdbc.sql("""
                update housing_evidence set registry_checked_at = ?, registry_found = ?, registry_confirmed = ?,
                    registry_registered = ? where application_id = ?""")
                .params(java.time.OffsetDateTime.now(clock), outcome.found(), outcome.confirmed(), outcome.registered(),
                        applicationId)
                .update();
        caseLog.record(applicationId, TimelineEntryType.REGISTRY_CHECKED, CaseLog.SYSTEM,
                outcome.confirmed() ? "housing registry confirms the evidence" : String.join("; ", problems));
        return outcome;
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
