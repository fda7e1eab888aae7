package cn.anju.placement;

import cn.anju.application.ApplicationDecided;
import cn.anju.application.ApplicationRepository;
import cn.anju.application.ApplicationRepository.ChildAtHome;
import cn.anju.application.ApplicationStatus;
import cn.anju.application.CaseLog;
import cn.anju.application.Child;
import cn.anju.application.District;
import cn.anju.placement.ReferenceData.Catchment;
import cn.anju.placement.ReferenceData.Clinic;
import cn.anju.placement.ReferenceData.GeoPoint;
import cn.anju.placement.ReferenceData.School;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places a child: a seat at a brother's or sister's school when its grade has one free (siblings go
 * together where seats allow), else in the catchment school of the family's street, else at the
 * nearest school of the district with a free seat, else on the district's waitlist, which advances
 * when a seat is given back; transport when the school is too far to walk; the nearest community clinic with
 * capacity, and the health checks due for a child under 7. Seats are held while the application is
 * pending, taken when it is approved, released when it is rejected or withdrawn. Every step is
 * idempotent per child: a retried job finds what the first attempt did.
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

    /** Ages of the child health management schedule (DOMAIN.md): months 1-36, then yearly at 4, 5 and 6. */
    static final List<Integer> HEALTH_CHECK_MONTHS = List.of(1, 3, 6, 8, 12, 18, 24, 30, 36, 48, 60, 72);
    static final int CATCH_UP_DAYS = 30;

    /**
     * The status of a place given now: the child's at once (taken, registered) when its application is
     * already approved, else held until the decision. SQL of an update of school_seat or clinic_registration.
     */
    private static String keptIfApproved(String kept) {
        return """
                case when exists (select 1 from application a where a.id = application_id and a.status = 'APPROVED')
                     then '%s' else 'HELD' end""".formatted(kept);
    }

    private final JdbcClient jdbc;
    private final ApplicationRepository applications;
    private final CaseLog caseLog;
    private final ReferenceData city;
    private final Ledger ledger;
    private final PlacementProperties rules;
    private final SchoolAge schoolAge;
    private final Clock clock;

    public PlacementService(JdbcClient jdbc, ApplicationRepository applications, CaseLog caseLog, ReferenceData city,
                            Ledger ledger, PlacementProperties rules, SchoolAge schoolAge, Clock clock) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.caseLog = caseLog;
        this.city = city;
        this.ledger = ledger;
        this.rules = rules;
        this.schoolAge = schoolAge;
        this.clock = clock;
    }

    // ---- school ------------------------------------------------------------------------------------

    /** A seat for the child in the grade that school-entry.dmn gave, or a place on the waitlist. */
    public SchoolOutcome allocateSchool(UUID childId, int grade) {
        Family family = familyOf(childId);
        lock(family.applicationId());
        Optional<Seat> existing = seat(childId);
        if (existing.isPresent() && !existing.get().status().equals("RELEASED")) {
            return outcome(existing.get(), family);
        }
        existing.ifPresent(released -> jdbc.sql("delete from school_seat where child_id = ?").param(childId).update());
        int year = schoolAge.schoolYearStart();
        for (Map.Entry<School, SchoolBasis> candidate : candidates(family, childId, grade).entrySet()) {
            School school = candidate.getKey();
            if (ledger.takeSeat(school.code(), year, grade)) {
                insertSeat(childId, family, year, grade, school, family.approved() ? "TAKEN" : "HELD", candidate.getValue());
                return outcome(seat(childId).orElseThrow(), family);
            }
        }
        insertSeat(childId, family, year, grade, null, "WAITLISTED", SchoolBasis.WAITLIST);
        jdbc.sql("update school_seat set waitlist_ticket = ? where child_id = ?")
                .params(ledger.nextWaitlistTicket(family.district().name(), year, grade), childId).update();
        return outcome(seat(childId).orElseThrow(), family);
    }

    /**
     * Where to look, in order: a school where a brother or sister already has a seat, the catchment
     * schools of the family's street, then every school of the district from the nearest.
     */
    private Map<School, SchoolBasis> candidates(Family family, UUID childId, int grade) {
        Map<School, SchoolBasis> ordered = new LinkedHashMap<>();
        List<String> catchment = family.catchment().map(Catchment::schoolCodes).orElse(List.of());
        for (String code : siblingSchools(family.applicationId(), childId)) {
            city.school(code).filter(s -> s.teaches(grade)).ifPresent(s ->
                    ordered.put(s, catchment.contains(code) ? SchoolBasis.CATCHMENT : SchoolBasis.SIBLING));
        }
        for (String code : catchment) {
            city.school(code).filter(s -> s.teaches(grade)).ifPresent(s -> ordered.putIfAbsent(s, SchoolBasis.CATCHMENT));
        }
        city.schools().stream()
                .filter(s -> s.district() == family.district() && s.teaches(grade))
                .sorted(Comparator.comparingDouble(s -> family.origin().kmTo(s.location())))
                .forEach(s -> ordered.putIfAbsent(s, SchoolBasis.NEAREST));
        return ordered;
    }

    private List<String> siblingSchools(UUID applicationId, UUID childId) {
        return jdbc.sql("""
                select school_code from school_seat where application_id = ? and child_id <> ?
                  and school_code is not null and status in ('HELD', 'TAKEN') order by updated_at""")
                .params(applicationId, childId).query(String.class).list();
    }

    /** Hands a child who cannot walk to school to the transport authority's queue (once; again after a change). */
    public TransportPlan handOverTransport(UUID childId) {
        Family family = familyOf(childId);
        Seat seat = seat(childId).orElseThrow(() -> new IllegalStateException("child " + childId + " has no seat"));
        TransportPlan plan = outcome(seat, family).transport();
        syncTransportRequest(childId, family, seat, plan);
        return plan;
    }

    private void syncTransportRequest(UUID childId, Family family, Seat seat, TransportPlan plan) {
        Optional<String> current = jdbc.sql("select kind || ':' || coalesce(bus_route, '') || ':' || school_code || ':' || status"
                        + " from transport_request where child_id = ?").param(childId).query(String.class).optional();
        if (!plan.needed() || seat.schoolCode() == null) {
            if (current.isPresent() && current.get().endsWith(":REQUESTED")) {
                jdbc.sql("update transport_request set status = 'CANCELLED', updated_at = ? where child_id = ?")
                        .params(now(), childId).update();
                caseLog.record(family.applicationId(), "TRANSPORT_CANCELLED", CaseLog.SYSTEM, "child " + childId);
            }
            return;
        }
        String wanted = plan.kind() + ":" + (plan.route() == null ? "" : plan.route()) + ":" + seat.schoolCode() + ":REQUESTED";
        if (current.isPresent() && current.get().equals(wanted)) {
            return;
        }
        if (current.isPresent()) {
            jdbc.sql("delete from transport_request where child_id = ?").param(childId).update();
        }
        jdbc.sql("""
                insert into transport_request (child_id, application_id, district, school_code, kind, bus_route, bus_stop,
                    distance_km, status, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?)""")
                .params(childId, family.applicationId(), family.district().name(), seat.schoolCode(),
                        plan.kind().name(), plan.route(), plan.stop(), km(plan.distanceKm()), now()).update();
        caseLog.record(family.applicationId(), "TRANSPORT_REQUESTED", CaseLog.SYSTEM,
                "child " + childId + ": " + transportText(plan));
    }

    // ---- clinic ------------------------------------------------------------------------------------

    /** Registration at the nearest clinic of the district with capacity (else of the city); health checks 0-6. */
    public ClinicOutcome registerAtClinic(UUID childId) {
        Family family = familyOf(childId);
        lock(family.applicationId());
        Optional<Registration> existing = registration(childId);
        if (existing.isEmpty() || existing.get().status().equals("RELEASED")) {
            existing.ifPresent(r -> jdbc.sql("delete from clinic_registration where child_id = ?").param(childId).update());
            Clinic chosen = city.clinics().stream()
                    .sorted(Comparator.comparing((Clinic c) -> c.district() != family.district())
                            .thenComparingDouble(c -> family.origin().kmTo(c.location())))
                    .filter(c -> ledger.takeRegistration(c.code()))
                    .findFirst().orElse(null);
            jdbc.sql("""
                    insert into clinic_registration (child_id, application_id, district, clinic_code, status, basis,
                        distance_km, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(childId, family.applicationId(), family.district().name(),
                            chosen == null ? null : chosen.code(),
                            chosen == null ? "NO_CAPACITY" : family.approved() ? "REGISTERED" : "HELD",
                            chosen == null ? "NONE" : chosen.district() == family.district() ? "NEAREST" : "OTHER_DISTRICT",
                            chosen == null ? null : km(family.distanceTo(chosen.location())), now())
                    .update();
            scheduleHealthChecks(childId, family.child().birthDate());
        }
        Registration r = registration(childId).orElseThrow();
        return new ClinicOutcome(r.clinicCode(), r.distanceKm(), healthChecks(childId));
    }

    private void scheduleHealthChecks(UUID childId, LocalDate birthDate) {
        jdbc.sql("delete from health_check where child_id = ?").param(childId).update();
        LocalDate today = LocalDate.now(clock);
        for (int months : HEALTH_CHECK_MONTHS) {
            LocalDate due = birthDate.plusMonths(months);
            if (!due.isBefore(today)) {
                jdbc.sql("insert into health_check (child_id, age_months, due_on) values (?, ?, ?)")
                        .params(childId, months, due).update();
            }
        }
    }

    private List<LocalDate> healthChecks(UUID childId) {
        return jdbc.sql("select due_on from health_check where child_id = ? order by due_on").param(childId)
                .query(LocalDate.class).list();
    }

    /** A child without a vaccination certificate: the clinic checks and catches up (never a condition of the school place). */
    public boolean needsCatchUpVaccination(UUID childId) {
        return !familyOf(childId).child().hasVaccinationCertificate();
    }

    /** Within 30 days of the term's start, or of today when the term is already running. */
    public LocalDate catchUpVaccinationDue() {
        LocalDate termStart = LocalDate.of(schoolAge.schoolYearStart(), 9, 1);
        LocalDate today = LocalDate.now(clock);
        return (termStart.isAfter(today) ? termStart : today).plusDays(CATCH_UP_DAYS);
    }

    // ---- the child's outcome -----------------------------------------------------------------------

    /** Writes the school, transport and clinic to the child's file with the reasons for them. */
    public void recordOutcome(UUID childId, String schoolEntry, String actor) {
        Family family = familyOf(childId);
        Optional<Seat> seat = seat(childId).filter(s -> !s.status().equals("RELEASED"));
        Optional<Registration> clinic = registration(childId).filter(r -> !r.status().equals("RELEASED"));
        SchoolOutcome school = seat.map(s -> outcome(s, family)).orElse(null);
        String schoolName = school == null || !school.placed() ? null
                : city.school(school.schoolCode()).map(School::name).orElse(school.schoolCode());
        String clinicName = clinic.map(Registration::clinicCode).flatMap(city::clinic).map(Clinic::name).orElse(null);
        String transport = school == null || !school.placed() || !school.transport().needed() ? null
                : transportText(school.transport());
        caseLog.childPlaced(childId, new Child.Placement(schoolName, school == null ? null : school.grade(), transport,
                clinicName, schoolEntry, explain(family, childId, schoolEntry, school, clinic.orElse(null))), actor);
    }

    private String explain(Family family, UUID childId, String schoolEntry, SchoolOutcome school, Registration clinic) {
        List<String> lines = new ArrayList<>();
        if (school == null) {
            lines.add(switch (schoolEntry == null ? "" : schoolEntry) {
                case "UNDER_SCHOOL_AGE" -> "学校 School: 未到入学年龄，无需学位 under school age (6 by 31 August), no school place yet";
                case "SENIOR_SECONDARY" -> "学校 School: 高中阶段不在本服务范围 senior secondary (16-17) is outside compulsory"
                        + " education and outside this service: apply to the education bureau";
                default -> "学校 School: no school place";
            });
        } else if (!school.placed()) {
            lines.add("学校 School: 候补第 " + school.waitlistPosition() + " 位 waitlist position " + school.waitlistPosition()
                    + " for grade " + school.grade() + " in " + family.district().englishName()
                    + ": no free seat in the district's schools teaching this grade; the education bureau offers the next free seat");
        } else {
            School s = city.school(school.schoolCode()).orElseThrow();
            String why = switch (school.basis()) {
                case CATCHMENT -> "学区学校 catchment school of " + family.catchment().map(Catchment::street).orElse("the address");
                case SIBLING -> "与兄弟姐妹同校 the school of a brother or sister";
                case NEAREST -> "最近有空位的学校 nearest school of the district with a free seat"
                        + (family.catchment().isEmpty() ? " (the street is not in the catchment list: measured from the district centre)"
                        : " (the catchment school has no free seat in this grade)");
                case OVERRIDE -> "教育部门调整 placed by the education officer" + reasonNote(school.overrideReason());
                case FROM_WAITLIST -> "候补递补 the first on the waitlist when a seat was given back";
                case WAITLIST -> "waitlist";
            };
            lines.add("学校 School: " + s.name() + ", grade " + school.grade() + " — " + why
                    + (school.distanceKm() == null ? "" : ", " + school.distanceKm() + " km"));
            lines.add("交通 Transport: " + switch (school.transport().kind()) {
                case WALK -> "步行 walks (within " + rules.maxWalkingDistanceKm(school.grade()) + " km for grade " + school.grade() + ")";
                case BUS, SUBSIDY -> transportText(school.transport()) + " (farther than "
                        + rules.maxWalkingDistanceKm(school.grade()) + " km; sent to the transport authority)";
                case UNKNOWN -> "待评估 the distance is not known; the education bureau assesses transport";
            });
        }
        if (clinic == null || clinic.clinicCode() == null) {
            lines.add("社康 Clinic: 暂无名额 no community clinic has capacity; the health centre registers the child");
        } else {
            Clinic c = city.clinic(clinic.clinicCode()).orElseThrow();
            String why = switch (clinic.basis()) {
                case "OVERRIDE" -> "卫生部门调整 registered by the health officer" + reasonNote(clinic.overrideReason());
                case "OTHER_DISTRICT" -> "nearest clinic with capacity (none left in the district)";
                default -> "最近有名额的社康 nearest clinic with capacity";
            };
            lines.add("社康 Clinic: " + c.name() + " — " + why + (clinic.distanceKm() == null ? "" : ", " + clinic.distanceKm() + " km"));
        }
        List<LocalDate> checks = healthChecks(childId);
        if (!checks.isEmpty()) {
            lines.add("儿童健康检查 Health checks (0-6): next on " + checks.get(0)
                    + (checks.size() > 1 ? ", then " + (checks.size() - 1) + " more until age 6" : ""));
        }
        if (!family.child().hasVaccinationCertificate()) {
            lines.add("疫苗 Vaccination: 无接种证，社康补种核查 no vaccination certificate: the clinic checks and catches up by "
                    + catchUpVaccinationDue() + " (the school place does not depend on it)");
        }
        return String.join("\n", lines);
    }

    private static String reasonNote(String reason) {
        return reason == null ? "" : ": " + reason;
    }

    private static String transportText(TransportPlan plan) {
        return switch (plan.kind()) {
            case BUS -> "校车 School bus " + plan.route() + ", stop 站点 " + plan.stop() + " (" + plan.stopKm() + " km from home)";
            case SUBSIDY -> "交通补贴 Transport subsidy (school " + plan.distanceKm() + " km away, no school bus stop near home)";
            default -> null;
        };
    }

    // ---- officers ----------------------------------------------------------------------------------

    /** Education officer: another school (and grade, e.g. a start at 7 on the family's request), with a reason. */
    public void overrideSchool(UUID childId, String schoolCode, Integer grade, String reason, String officer) {
        Family family = familyOf(childId);
        lock(family.applicationId());
        Seat seat = seat(childId).filter(s -> !s.status().equals("RELEASED"))
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
        jdbc.sql("""
                update school_seat set school_code = ?, grade = ?, basis = 'OVERRIDE', distance_km = ?, override_reason = ?, waitlist_ticket = null,
                    status = %s, updated_at = ? where child_id = ?""".formatted(keptIfApproved("TAKEN")))
                .params(school.code(), newGrade, km(family.distanceTo(school.location())), reason, now(), childId).update();
        caseLog.record(family.applicationId(), "SCHOOL_OVERRIDDEN", officer, "child " + childId + ": "
                + (seat.schoolCode() == null ? "waitlist" : seat.schoolCode() + " grade " + seat.grade()) + " -> "
                + school.code() + " grade " + newGrade + ": " + reason);
        Seat changed = seat(childId).orElseThrow();
        syncTransportRequest(childId, family, changed, outcome(changed, family).transport());
        recordOutcome(childId, "GRADE_" + newGrade, officer);
    }

    /** Health officer: another clinic, with a reason. */
    public void overrideClinic(UUID childId, String clinicCode, String reason, String officer) {
        Family family = familyOf(childId);
        lock(family.applicationId());
        Registration registration = registration(childId).filter(r -> !r.status().equals("RELEASED"))
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
        jdbc.sql("""
                update clinic_registration set clinic_code = ?, basis = 'OVERRIDE', distance_km = ?, override_reason = ?,
                    status = %s, updated_at = ? where child_id = ?""".formatted(keptIfApproved("REGISTERED")))
                .params(clinic.code(), km(family.distanceTo(clinic.location())), reason, now(), childId).update();
        caseLog.record(family.applicationId(), "CLINIC_OVERRIDDEN", officer, "child " + childId + ": "
                + registration.clinicCode() + " -> " + clinic.code() + ": " + reason);
        String entry = family.child().schoolEntry();
        recordOutcome(childId, entry, officer);
    }

    /** Education officer: the seat stands. A waitlisted child has none to confirm: it waits for an override. */
    public void confirmSchool(UUID childId, String officer) {
        Family family = familyOf(childId);
        if (seat(childId).map(s -> s.status().equals("WAITLISTED")).orElse(false)) {
            throw new PlacementRefusedException("The child is on the waitlist: keep the task until a seat is free, then"
                    + " override with that school");
        }
        caseLog.record(family.applicationId(), "SCHOOL_PLACEMENT_CONFIRMED", officer, "child " + childId);
    }

    /** Health officer: the registration stands. Without one (no capacity left) there is nothing to confirm. */
    public void confirmClinic(UUID childId, String officer) {
        Family family = familyOf(childId);
        if (registration(childId).map(r -> r.clinicCode() == null).orElse(true)) {
            throw new PlacementRefusedException("The child has no clinic yet: override with a clinic that can take it");
        }
        caseLog.record(family.applicationId(), "CLINIC_REGISTRATION_CONFIRMED", officer, "child " + childId);
    }

    /** The district whose officers follow the child up: where the family lives (its schools and clinics). */
    public District homeDistrict(UUID childId) {
        return familyOf(childId).district();
    }

    /** Remembers which follow-up (an opaque id) is about which child: tasks name the child through it. */
    public void followUpOpened(UUID childId, String followUpId) {
        jdbc.sql("insert into placement_follow_up (follow_up_id, child_id) values (?, ?)").params(followUpId, childId)
                .update();
    }

    public Optional<UUID> childOfFollowUp(String followUpId) {
        return jdbc.sql("select child_id from placement_follow_up where follow_up_id = ?").param(followUpId)
                .query(UUID.class).optional();
    }

    public void catchUpVaccinationChecked(UUID childId, String officer, String note) {
        caseLog.record(familyOf(childId).applicationId(), "CATCH_UP_VACCINATION_CHECKED", officer,
                "child " + childId + (note == null ? "" : ": " + note));
    }

    /** Free seats in a grade of a school this school year. */
    public int freeSeats(String schoolCode, int grade) {
        return ledger.freeSeats(schoolCode, schoolAge.schoolYearStart(), grade);
    }

    public int freeRegistrations(String clinicCode) {
        return ledger.freeRegistrations(clinicCode);
    }

    // ---- the application's decision ---------------------------------------------------------------

    /**
     * Approved: the held seats and registrations become the child's. Refused: they go back to the ledger
     * and to the waitlist. After the decision's commit, in a transaction of its own (retried until it
     * succeeds): a waiting family's new seat never fails or slows the decision of another.
     */
    @ApplicationModuleListener
    public void on(ApplicationDecided decided) {
        UUID applicationId = decided.applicationId();
        lock(applicationId);
        switch (decided.status()) {
            case APPROVED -> {
                jdbc.sql("update school_seat set status = 'TAKEN', updated_at = ? where application_id = ? and status = 'HELD'")
                        .params(now(), applicationId).update();
                jdbc.sql("update clinic_registration set status = 'REGISTERED', updated_at = ? where application_id = ? and status = 'HELD'")
                        .params(now(), applicationId).update();
            }
            case REJECTED, WITHDRAWN -> release(applicationId);
            default -> {
            }
        }
    }

    private void release(UUID applicationId) {
        lock(applicationId);
        List<Seat> given = new ArrayList<>();
        for (Seat seat : jdbc.sql("select * from school_seat where application_id = ? and status <> 'RELEASED'")
                .param(applicationId).query(PlacementService::seat).list()) {
            if (seat.schoolCode() != null) {
                ledger.releaseSeat(seat.schoolCode(), seat.schoolYear(), seat.grade());
                given.add(seat);
            }
        }
        for (Registration r : jdbc.sql("select * from clinic_registration where application_id = ? and status <> 'RELEASED'")
                .param(applicationId).query(PlacementService::registration).list()) {
            if (r.clinicCode() != null) {
                ledger.releaseRegistration(r.clinicCode());
            }
        }
        int seats = jdbc.sql("update school_seat set status = 'RELEASED', updated_at = ? where application_id = ? and status <> 'RELEASED'")
                .params(now(), applicationId).update();
        int clinics = jdbc.sql("update clinic_registration set status = 'RELEASED', updated_at = ? where application_id = ? and status <> 'RELEASED'")
                .params(now(), applicationId).update();
        jdbc.sql("update transport_request set status = 'CANCELLED', updated_at = ? where application_id = ? and status = 'REQUESTED'")
                .params(now(), applicationId).update();
        jdbc.sql("delete from health_check where child_id in (select id from child where application_id = ?)")
                .param(applicationId).update();
        if (seats + clinics > 0) {
            caseLog.record(applicationId, "PLACES_RELEASED", CaseLog.SYSTEM, seats + " school places, " + clinics + " clinic places");
        }
        given.forEach(this::offerToWaitlist);
    }

    /** A seat given back goes to the first child waiting for that grade in the school's district, if any. */
    private void offerToWaitlist(Seat freed) {
        School school = city.school(freed.schoolCode()).orElseThrow(() -> new IllegalStateException(
                "School " + freed.schoolCode() + " holds seats in the ledger but is no longer in the reference data"));
        Optional<UUID> first = jdbc.sql("""
                select child_id from school_seat where district = ? and school_year = ? and grade = ? and status = 'WAITLISTED'
                order by waitlist_ticket fetch first 1 rows only""")
                .params(school.district().name(), freed.schoolYear(), freed.grade()).query(UUID.class).optional();
        if (first.isEmpty()) {
            return;
        }
        UUID childId = first.get();
        Family family = familyOf(childId);
        // Not under the waiting family's lock (that could deadlock with its own placement): the seat is
        // taken first and given back if the child was placed otherwise in the meantime.
        if (!ledger.takeSeat(school.code(), freed.schoolYear(), freed.grade())) {
            return;
        }
        if (jdbc.sql("""
                update school_seat set school_code = ?, basis = 'FROM_WAITLIST', distance_km = ?, waitlist_ticket = null,
                    status = %s, updated_at = ? where child_id = ? and status = 'WAITLISTED'""".formatted(keptIfApproved("TAKEN")))
                .params(school.code(), km(family.distanceTo(school.location())), now(), childId).update() == 0) {
            ledger.releaseSeat(school.code(), freed.schoolYear(), freed.grade());
            return;
        }
        caseLog.record(family.applicationId(), "SCHOOL_FROM_WAITLIST", CaseLog.SYSTEM,
                "child " + childId + ": " + school.code() + " grade " + freed.grade());
        Seat placed = seat(childId).orElseThrow();
        syncTransportRequest(childId, family, placed, outcome(placed, family).transport());
        recordOutcome(childId, family.child().schoolEntry(), CaseLog.SYSTEM);
    }

    // ---- rows --------------------------------------------------------------------------------------

    record Seat(UUID childId, String schoolCode, int schoolYear, int grade, String status, SchoolBasis basis,
                Double distanceKm, Integer waitlistTicket, String overrideReason) {
    }

    record Registration(UUID childId, String clinicCode, String status, String basis, Double distanceKm,
                        String overrideReason) {
    }

    private Optional<Seat> seat(UUID childId) {
        return jdbc.sql("select * from school_seat where child_id = ?").param(childId).query(PlacementService::seat).optional();
    }

    private static Seat seat(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        int ticket = rs.getInt("waitlist_ticket");
        Integer waitlistTicket = rs.wasNull() ? null : ticket;
        BigDecimal km = rs.getBigDecimal("distance_km");
        return new Seat(rs.getObject("child_id", UUID.class), rs.getString("school_code"), rs.getInt("school_year"),
                rs.getInt("grade"), rs.getString("status"), SchoolBasis.valueOf(rs.getString("basis")),
                km == null ? null : km.doubleValue(), waitlistTicket, rs.getString("override_reason"));
    }

    private Optional<Registration> registration(UUID childId) {
        return jdbc.sql("select * from clinic_registration where child_id = ?").param(childId)
                .query(PlacementService::registration).optional();
    }

    private static Registration registration(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        BigDecimal km = rs.getBigDecimal("distance_km");
        return new Registration(rs.getObject("child_id", UUID.class), rs.getString("clinic_code"), rs.getString("status"),
                rs.getString("basis"), km == null ? null : km.doubleValue(), rs.getString("override_reason"));
    }

    private void insertSeat(UUID childId, Family family, int year, int grade, School school, String status, SchoolBasis basis) {
        OffsetDateTime now = now();
        jdbc.sql("""
                insert into school_seat (child_id, application_id, district, school_year, grade, school_code, status, basis,
                    distance_km, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(childId, family.applicationId(), family.district().name(), year, grade,
                        school == null ? null : school.code(), status, basis.name(),
                        school == null ? null : km(family.distanceTo(school.location())), now)
                .update();
    }

    private SchoolOutcome outcome(Seat seat, Family family) {
        if (seat.schoolCode() == null) {
            int position = jdbc.sql("""
                    select count(*) from school_seat where district = ? and school_year = ? and grade = ?
                      and status = 'WAITLISTED' and waitlist_ticket <= ?""")
                    .params(family.district().name(), seat.schoolYear(), seat.grade(), seat.waitlistTicket())
                    .query(Integer.class).single();
            return new SchoolOutcome(SchoolBasis.WAITLIST, null, seat.grade(), null, position,
                    new TransportPlan(TransportKind.UNKNOWN, null, null, null, null), null);
        }
        School school = city.school(seat.schoolCode()).orElseThrow();
        return new SchoolOutcome(seat.basis(), school.code(), seat.grade(), seat.distanceKm(), null,
                transport(family, school, seat.grade()), seat.overrideReason());
    }

    /** Walks within the limit of the grade; farther, the nearest stop of a bus serving the school, or a subsidy. */
    private TransportPlan transport(Family family, School school, int grade) {
        if (family.catchment().isEmpty()) {
            return new TransportPlan(TransportKind.UNKNOWN, null, null, null, null);
        }
        GeoPoint home = family.catchment().get().location();
        double distance = round(home.kmTo(school.location()));
        if (distance <= rules.maxWalkingDistanceKm(grade)) {
            return new TransportPlan(TransportKind.WALK, distance, null, null, null);
        }
        return city.stopsServing(school.code()).stream()
                .filter(stop -> home.kmTo(stop.location()) <= rules.maxWalkToStopKm())
                .min(Comparator.comparingDouble(stop -> home.kmTo(stop.location())))
                .map(stop -> new TransportPlan(TransportKind.BUS, distance, stop.route(), stop.stop(),
                        round(home.kmTo(stop.location()))))
                .orElse(new TransportPlan(TransportKind.SUBSIDY, distance, null, null, null));
    }

    /** The child and its family as placement needs them: district, and where it lives if the street is known. */
    private record Family(ChildAtHome child, District district, Optional<Catchment> catchment, GeoPoint origin) {
        UUID applicationId() {
            return child.applicationId();
        }

        /** Decided already (the rules approve straight-through cases before their children are placed). */
        boolean approved() {
            return child.applicationStatus() == ApplicationStatus.APPROVED;
        }

        Double distanceTo(GeoPoint point) {
            return catchment.map(c -> round(c.location().kmTo(point))).orElse(null);
        }
    }

    private Family familyOf(UUID childId) {
        ChildAtHome child = applications.childAtHome(childId)
                .orElseThrow(() -> new IllegalArgumentException("No child " + childId));
        District district = child.district();
        Optional<Catchment> catchment = city.catchmentOf(district, child.addressLine());
        return new Family(child, district, catchment,
                catchment.map(Catchment::location).orElse(city.centreOf(district)));
    }

    /** Siblings are placed one after another, never side by side: the application row is the lock. */
    private void lock(UUID applicationId) {
        jdbc.sql("select id from application where id = ? for update").param(applicationId).query(UUID.class).single();
    }

    private static double round(double km) {
        return BigDecimal.valueOf(km).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static BigDecimal km(Double km) {
        return km == null ? null : BigDecimal.valueOf(km).setScale(2, RoundingMode.HALF_UP);
    }

    private OffsetDateTime now() {
        return Instant.now(clock).atOffset(ZoneOffset.UTC);
    }
}
