package cn.anju.placement.internal;

import cn.anju.placement.PlacementService.ClinicOutcome;
import cn.anju.placement.internal.ReferenceData.Clinic;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The nearest community clinic of the district with capacity (else of the city), and the health checks due until 6. */
@Component
public class ClinicRegistration {

    private final Families families;
    private final RegistrationRepository registrations;
    private final HealthChecks healthChecks;
    private final ReferenceData city;
    private final Ledger ledger;

    ClinicRegistration(Families families, RegistrationRepository registrations, HealthChecks healthChecks,
                       ReferenceData city, Ledger ledger) {
        this.families = families;
        this.registrations = registrations;
        this.healthChecks = healthChecks;
        this.city = city;
        this.ledger = ledger;
    }

    /** Idempotent: a retried job finds the registration of the first attempt; a released one is replaced. */
    public ClinicOutcome register(UUID childId) {
        Family family = families.of(childId);
        families.lock(family.applicationId());
        Optional<Registration> existing = registrations.of(childId);
        if (existing.isEmpty() || existing.get().released()) {
            existing.ifPresent(r -> registrations.delete(childId));
            Clinic chosen = city.clinics().stream()
                    .sorted(Comparator.comparing((Clinic c) -> c.district() != family.district())
                            .thenComparingDouble(c -> family.origin().kmTo(c.location())))
                    .filter(c -> ledger.takeRegistration(c.code()))
                    .findFirst().orElse(null);
            registrations.insert(childId, family, chosen);
            registrations.scheduleHealthChecks(childId, healthChecks.due(family.child().birthDate()));
        }
        Registration r = registrations.of(childId).orElseThrow();
        return new ClinicOutcome(r.clinicCode(), r.distanceKm(), registrations.healthChecks(childId));
    }

    /** A child without a vaccination certificate: the clinic checks and catches up (never a condition of the school place). */
    public boolean needsCatchUpVaccination(UUID childId) {
        return !families.of(childId).child().hasVaccinationCertificate();
    }

    public LocalDate catchUpVaccinationDue() {
        return healthChecks.catchUpVaccinationDue();
    }

    public int freeRegistrations(String clinicCode) {
        return ledger.freeRegistrations(clinicCode);
    }
}
