package cn.anju.placement;

import cn.anju.application.District;
import cn.anju.placement.internal.ClinicRegistration;
import cn.anju.placement.internal.FollowUps;
import cn.anju.placement.internal.OutcomeRecorder;
import cn.anju.placement.internal.Overrides;
import cn.anju.placement.internal.SchoolAllocation;
import cn.anju.placement.internal.TransportRequests;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places a child: a seat at a brother's or sister's school when its grade has one free (siblings go
 * together where seats allow), else in the catchment school of the family's street, else at the
 * nearest school of the district with a free seat, else on the district's waitlist, which advances
 * when a seat is given back; transport when the school is too far to walk; the nearest community clinic with
 * capacity, and the health checks due for a child under 7. Seats are held while the application is
 * pending, taken when it is approved, released when it is rejected or withdrawn. Every step is
 * idempotent per child: a retried job finds what the first attempt did. The work is done in
 * {@code internal}; this is what the process and the other modules may call.
 */
@Service
@Transactional
public class PlacementService {

    /** Why the child has this seat (or none). */
    public enum SchoolBasis { CATCHMENT, SIBLING, NEAREST, WAITLIST, FROM_WAITLIST, OVERRIDE }

    public enum TransportKind { WALK, BUS, SUBSIDY, UNKNOWN }

    /** How the child gets to school; distances in km, null where the home is not on the map. */
    public record TransportPlan(TransportKind kind, Double distanceKm, String route, String stop, Double stopKm) {
        public boolean needed() {
            return kind == TransportKind.BUS || kind == TransportKind.SUBSIDY;
        }
    }

    public record SchoolOutcome(SchoolBasis basis, String schoolCode, int grade, Double distanceKm,
                                Integer waitlistPosition, TransportPlan transport, String overrideReason) {
        public boolean placed() {
            return schoolCode != null;
        }
    }

    public record ClinicOutcome(String clinicCode, Double distanceKm, List<LocalDate> healthChecks) {
    }

    private final SchoolAllocation schools;
    private final TransportRequests transport;
    private final ClinicRegistration clinics;
    private final OutcomeRecorder outcomes;
    private final Overrides officers;
    private final FollowUps followUps;

    PlacementService(SchoolAllocation schools, TransportRequests transport, ClinicRegistration clinics,
                     OutcomeRecorder outcomes, Overrides officers, FollowUps followUps) {
        this.schools = schools;
        this.transport = transport;
        this.clinics = clinics;
        this.outcomes = outcomes;
        this.officers = officers;
        this.followUps = followUps;
    }

    /** A seat for the child in the grade that school-entry.dmn gave, or a place on the waitlist. */
    public SchoolOutcome allocateSchool(UUID childId, int grade) {
        return schools.allocate(childId, grade);
    }

    /** Hands a child who cannot walk to school to the transport authority's queue (once; again after a change). */
    public TransportPlan handOverTransport(UUID childId) {
        return transport.handOver(childId);
    }

    /** Registration at the nearest clinic of the district with capacity (else of the city); health checks 0-6. */
    public ClinicOutcome registerAtClinic(UUID childId) {
        return clinics.register(childId);
    }

    /** A child without a vaccination certificate: the clinic checks and catches up (never a condition of the school place). */
    public boolean needsCatchUpVaccination(UUID childId) {
        return clinics.needsCatchUpVaccination(childId);
    }

    /** Within 30 days of the term's start, or of today when the term is already running. */
    public LocalDate catchUpVaccinationDue() {
        return clinics.catchUpVaccinationDue();
    }

    /** Writes the school, transport and clinic to the child's file with the reasons for them. */
    public void recordOutcome(UUID childId, String schoolEntry, String actor) {
        outcomes.record(childId, schoolEntry, actor);
    }

    /** Education officer: another school (and grade, e.g. a start at 7 on the family's request), with a reason. */
    public void overrideSchool(UUID childId, String schoolCode, Integer grade, String reason, String officer) {
        officers.overrideSchool(childId, schoolCode, grade, reason, officer);
    }

    /** Health officer: another clinic, with a reason. */
    public void overrideClinic(UUID childId, String clinicCode, String reason, String officer) {
        officers.overrideClinic(childId, clinicCode, reason, officer);
    }

    /** Education officer: the seat stands. A waitlisted child has none to confirm: it waits for an override. */
    public void confirmSchool(UUID childId, String officer) {
        officers.confirmSchool(childId, officer);
    }

    /** Health officer: the registration stands. Without one (no capacity left) there is nothing to confirm. */
    public void confirmClinic(UUID childId, String officer) {
        officers.confirmClinic(childId, officer);
    }

    /** The district whose officers follow the child up: where the family lives (its schools and clinics). */
    public District homeDistrict(UUID childId) {
        return followUps.homeDistrict(childId);
    }

    /** Remembers which follow-up (an opaque id) is about which child: tasks name the child through it. */
    public void followUpOpened(UUID childId, String followUpId) {
        followUps.opened(childId, followUpId);
    }

    public Optional<UUID> childOfFollowUp(String followUpId) {
        return followUps.childOf(followUpId);
    }

    public void catchUpVaccinationChecked(UUID childId, String officer, String note) {
        followUps.catchUpVaccinationChecked(childId, officer, note);
    }

    /** Free seats in a grade of a school this school year. */
    public int freeSeats(String schoolCode, int grade) {
        return schools.freeSeats(schoolCode, grade);
    }

    public int freeRegistrations(String clinicCode) {
        return clinics.freeRegistrations(clinicCode);
    }
}
