package cn.anju.placement.internal;

import cn.anju.application.CaseLog;
import cn.anju.application.TimelineEntryType;
import cn.anju.placement.PlacementRefusedException;
import cn.anju.placement.internal.ReferenceData.Clinic;
import cn.anju.placement.internal.ReferenceData.School;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Officers' follow-up: the education officer confirms or changes the seat, the health officer the clinic. */
@Component
public class Overrides {

    private final Families families;
    private final SeatRepository seats;
    private final RegistrationRepository registrations;
    private final SchoolOutcomes outcomes;
    private final TransportRequests transport;
    private final OutcomeRecorder outcome;
    private final ReferenceData city;
    private final Ledger ledger;
    private final CaseLog caseLog;

    Overrides(Families families, SeatRepository seats, RegistrationRepository registrations, SchoolOutcomes outcomes,
              TransportRequests transport, OutcomeRecorder outcome, ReferenceData city, Ledger ledger, CaseLog caseLog) {
        this.families = families;
        this.seats = seats;
        this.registrations = registrations;
        this.outcomes = outcomes;
        this.transport = transport;
        this.outcome = outcome;
        this.city = city;
        this.ledger = ledger;
        this.caseLog = caseLog;
    }

    /** Another school (and grade, e.g. a start at 7 on the family's request), with a reason. */
    public void overrideSchool(UUID childId, String schoolCode, Integer grade, String reason, String officer) {
        Family family = families.of(childId);
        families.lock(family.applicationId());
        Seat seat = seats.of(childId).filter(s -> !s.released())
                .orElseThrow(() -> new PlacementRefusedException("The child has no school place to change"));
        School school = city.school(schoolCode)
                .orElseThrow(() -> new PlacementRefusedException("Unknown school code " + schoolCode));
        int newGrade = grade == null ? seat.grade() : grade;
        if (school.district() != family.district()) {
            throw new PlacementRefusedException(school.code() + " is not a school of " + family.district().englishName());
        }
        if (!school.teaches(newGrade)) {
            throw new PlacementRefusedException(school.code() + " does not teach grade " + newGrade);
        }
        if (school.code().equals(seat.schoolCode()) && newGrade == seat.grade()) {
            throw new PlacementRefusedException("The child already has this seat: confirm it instead");
        }
        if (!ledger.takeSeat(school.code(), seat.schoolYear(), newGrade)) {
            throw new PlacementRefusedException("No free seat in grade " + newGrade + " at " + school.code());
        }
        if (seat.schoolCode() != null) {
            ledger.releaseSeat(seat.schoolCode(), seat.schoolYear(), seat.grade());
        }
        seats.override(childId, school, newGrade, family.distanceTo(school.location()), reason);
        caseLog.record(family.applicationId(), TimelineEntryType.SCHOOL_OVERRIDDEN, officer, "child " + childId + ": "
                + (seat.schoolCode() == null ? "waitlist" : seat.schoolCode() + " grade " + seat.grade()) + " -> "
                + school.code() + " grade " + newGrade + ": " + reason);
        Seat changed = seats.of(childId).orElseThrow();
        transport.sync(childId, family, changed, outcomes.of(changed, family).transport());
        outcome.record(childId, "GRADE_" + newGrade, officer);
    }

    /** Another clinic of the district, with a reason. */
    public void overrideClinic(UUID childId, String clinicCode, String reason, String officer) {
        Family family = families.of(childId);
        families.lock(family.applicationId());
        Registration registration = registrations.of(childId).filter(r -> !r.released())
                .orElseThrow(() -> new PlacementRefusedException("The child has no clinic registration to change"));
        Clinic clinic = city.clinic(clinicCode)
                .orElseThrow(() -> new PlacementRefusedException("Unknown clinic code " + clinicCode));
        if (clinic.district() != family.district()) {
            throw new PlacementRefusedException(clinic.code() + " is not a clinic of " + family.district().englishName());
        }
        if (clinic.code().equals(registration.clinicCode())) {
            throw new PlacementRefusedException("The child is already registered there: confirm it instead");
        }
        if (!ledger.takeRegistration(clinic.code())) {
            throw new PlacementRefusedException("No capacity left at " + clinic.code());
        }
        if (registration.clinicCode() != null) {
            ledger.releaseRegistration(registration.clinicCode());
        }
        registrations.override(childId, clinic, family.distanceTo(clinic.location()), reason);
        caseLog.record(family.applicationId(), TimelineEntryType.CLINIC_OVERRIDDEN, officer, "child " + childId + ": "
                + registration.clinicCode() + " -> " + clinic.code() + ": " + reason);
        outcome.record(childId, family.child().schoolEntry(), officer);
    }

    /** The seat stands. A waitlisted child has none to confirm: it waits for an override. */
    public void confirmSchool(UUID childId, String officer) {
        Family family = families.of(childId);
        if (seats.of(childId).map(s -> s.status() == SeatStatus.WAITLISTED).orElse(false)) {
            throw new PlacementRefusedException("The child is on the waitlist: keep the task until a seat is free, then"
                    + " override with that school");
        }
        caseLog.record(family.applicationId(), TimelineEntryType.SCHOOL_PLACEMENT_CONFIRMED, officer, "child " + childId);
    }

    /** The registration stands. Without one (no capacity left) there is nothing to confirm. */
    public void confirmClinic(UUID childId, String officer) {
        Family family = families.of(childId);
        if (registrations.of(childId).map(r -> r.clinicCode() == null).orElse(true)) {
            throw new PlacementRefusedException("The child has no clinic yet: override with a clinic that can take it");
        }
        caseLog.record(family.applicationId(), TimelineEntryType.CLINIC_REGISTRATION_CONFIRMED, officer, "child " + childId);
    }
}
