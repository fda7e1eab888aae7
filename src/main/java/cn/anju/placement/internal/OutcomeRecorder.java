package cn.anju.placement.internal;

import cn.anju.application.CaseLog;
import cn.anju.application.Child;
import cn.anju.placement.PlacementService.SchoolOutcome;
import cn.anju.placement.internal.ReferenceData.Clinic;
import cn.anju.placement.internal.ReferenceData.School;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Writes the school, transport and clinic to the child's file with the reasons for them. */
@Component
public class OutcomeRecorder {

    private final Families families;
    private final SeatRepository seats;
    private final RegistrationRepository registrations;
    private final SchoolOutcomes outcomes;
    private final Explanations texts;
    private final HealthChecks healthChecks;
    private final ReferenceData city;
    private final CaseLog caseLog;

    OutcomeRecorder(Families families, SeatRepository seats, RegistrationRepository registrations, SchoolOutcomes outcomes,
                    Explanations texts, HealthChecks healthChecks, ReferenceData city, CaseLog caseLog) {
        this.families = families;
        this.seats = seats;
        this.registrations = registrations;
        this.outcomes = outcomes;
        this.texts = texts;
        this.healthChecks = healthChecks;
        this.city = city;
        this.caseLog = caseLog;
    }

    public void record(UUID childId, String schoolEntry, String actor) {
        Family family = families.of(childId);
        Optional<Seat> seat = seats.of(childId).filter(s -> !s.released());
        Optional<Registration> clinic = registrations.of(childId).filter(r -> !r.released());
        SchoolOutcome school = seat.map(s -> outcomes.of(s, family)).orElse(null);
        boolean placed = school != null && school.placed();
        String schoolName = !placed ? null : city.school(school.schoolCode()).map(School::name).orElse(school.schoolCode());
        String clinicName = clinic.map(Registration::clinicCode).flatMap(city::clinic).map(Clinic::name).orElse(null);
        String transport = !placed || !school.transport().needed() ? null : texts.transport(school.transport());
        String explanation = texts.explain(family, schoolEntry, school, clinic.orElse(null),
                registrations.healthChecks(childId), healthChecks.catchUpVaccinationDue());
        caseLog.childPlaced(childId, new Child.Placement(schoolName, school == null ? null : school.grade(), transport,
                clinicName, schoolEntry, explanation), actor);
    }
}
