package cn.anju.process;

import static cn.anju.TestFamilies.bornForGrade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.anju.PlacementTestCity;
import cn.anju.TestFamilies;
import cn.anju.application.Application;
import cn.anju.application.ApplicationRepository;
import cn.anju.application.ApplicationStatus;
import cn.anju.application.CaseLog;
import cn.anju.application.Child;
import cn.anju.application.District;
import cn.anju.application.Timeline;
import cn.anju.placement.PlacementService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * ChildPlacement against the real seat ledger, clinics and transport rules of a small test city
 * (each test has a district of its own): catchment seat, nearest free seat, transport by bus or
 * subsidy, waitlist, siblings together, under school age with health checks, no vaccination
 * certificate, release on rejection, approval, officers' overrides.
 */
@PlacementTestCity
class PlacementProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ApplicationRepository applications;
    @Autowired Timeline timeline;
    @Autowired PlacementService placements;
    @Autowired CaseLog caseLog;
    @Autowired JdbcClient jdbc;
    @Autowired cn.anju.followon.FollowOnWork followOn;

    @Autowired cn.anju.security.UserDirectory users;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        for (District district : List.of(District.YANTIAN, District.GUANGMING, District.NANSHAN)) {
            String officer = "edu" + district.key();
            if (engine.getIdentityService().createUserQuery().userId(officer).count() == 0) {
                users.create(officer, officer, "Officer", district.englishName(),
                        cn.anju.security.Role.EDUCATION_OFFICER, district);
            }
        }
    }

    /** Runs ChildPlacement for every child of the family, in order, as the application's call activity does. */
    private Application placed(District district, String address, boolean vaccinated, LocalDate... births) {
        Application family = TestFamilies.store(applications, district, address, vaccinated, births);
        for (Child child : family.children()) {
            ProcessInstance instance = runtime.startProcessInstanceByKey(ProcessIds.CHILD_PLACEMENT, family.reference(),
                    Map.of("applicationId", family.id().toString(), "childId", child.id().toString(),
                            "district", district.key(), "decisionDeadline", LocalDate.now().plusDays(15).toString()));
            BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_RecordChildOutcome", "Task_OpenFollowUp");
        }
        return applications.findById(family.id()).orElseThrow();
    }

    private static Child.Placement only(Application family) {
        return family.children().get(0).placement();
    }

    private int free(String school, int grade) {
        return placements.freeSeats(school, grade);
    }

    private String seatStatus(UUID childId) {
        return jdbc.sql("select status from school_seat where child_id = ?").param(childId).query(String.class).single();
    }

    private Task followUpTask(Application family, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(family.reference()).taskDefinitionKey(taskKey)
                .singleResult();
    }

    @Test
    void catchmentSeatsFirstThenTheNearestFreeSeatWithTransportThenTheWaitlist() {
        int grade = 1;
        var a = placed(District.FUTIAN, "福田区莲花路 1001 号 3 栋 502", true, bornForGrade(grade));
        var b = placed(District.FUTIAN, "莲花路 8 号", true, bornForGrade(grade));
        assertThat(List.of(only(a), only(b))).allSatisfy(p -> {
            assertThat(p.schoolName()).isEqualTo("莲花小学 Lianhua Primary");
            assertThat(p.grade()).isEqualTo(1);
            assertThat(p.transport()).isNull();
            assertThat(p.explanation()).contains("catchment school of 莲花路, 0.35 km", "步行 walks (within 1.5 km for grade 1)");
        });
        assertThat(free("FT-P01", grade)).isZero();

        var c = placed(District.FUTIAN, "莲花路 9 号", true, bornForGrade(grade));
        assertThat(only(c).schoolName()).isEqualTo("福中小学 Fuzhong Primary");
        assertThat(only(c).explanation()).contains("nearest school of the district with a free seat",
                "the catchment school has no free seat in this grade", "0.91 km", "walks");

        // 3.44 km for a first-grader: too far to walk; a bus of that school stops 80 m from home.
        var d = placed(District.FUTIAN, "莲花路 10 号", true, bornForGrade(grade));
        assertThat(only(d).schoolName()).isEqualTo("香蜜湖小学 Xiangmihu Primary");
        assertThat(only(d).transport()).isEqualTo("校车 School bus FT-B9, stop 站点 莲花站 (0.08 km from home)");
        // 3.8 km and no bus of that school near home: a subsidy.
        var e = placed(District.FUTIAN, "莲花路 11 号", true, bornForGrade(grade));
        assertThat(only(e).schoolName()).isEqualTo("园岭小学 Yuanling Primary");
        assertThat(only(e).transport()).startsWith("交通补贴 Transport subsidy (school 3.8 km away");
        assertThat(jdbc.sql("select kind || ' ' || coalesce(bus_route, '-') || ' ' || status from transport_request"
                        + " where child_id in (?, ?) order by kind")
                .params(d.children().get(0).id(), e.children().get(0).id()).query(String.class).list())
                .containsExactly("BUS FT-B9 REQUESTED", "SUBSIDY - REQUESTED");
        assertThat(timeline.of(d.id())).extracting(ev -> ev.type()).contains("TRANSPORT_REQUESTED");

        // Every school of the district is full in grade 1: the waitlist, in order.
        var f = placed(District.FUTIAN, "莲花路 12 号", true, bornForGrade(grade));
        var g = placed(District.FUTIAN, "莲花路 13 号", true, bornForGrade(grade));
        assertThat(only(f).schoolName()).isNull();
        assertThat(only(f).explanation()).contains("waitlist position 1 for grade 1 in Futian");
        assertThat(only(g).explanation()).contains("waitlist position 2 for grade 1 in Futian");
        assertThat(seatStatus(g.children().get(0).id())).isEqualTo("WAITLISTED");
        // They still have a clinic, and the education officer sees them.
        assertThat(only(g).clinicName()).isEqualTo("莲花社康 Lianhua Clinic");
        Task waiting = followUpTask(g, ProcessIds.TASK_CONFIRM_SCHOOL);
        assertThat(runtime.getVariable(waiting.getProcessInstanceId(), "schoolPlacement")).isEqualTo("WAITLIST");
        // A waitlisted child has no seat to confirm: its task stays with the education officer.
        tasks.claim(waiting.getId(), "education");
        assertThatThrownBy(() -> tasks.complete(waiting.getId(), Map.of("schoolDecision", "CONFIRM")))
                .hasMessageContaining("on the waitlist");
        assertThat(followUpTask(g, ProcessIds.TASK_CONFIRM_SCHOOL)).isNotNull();
    }

    @Test
    void anAddressOutsideTheCatchmentListGetsTheNearestSeatToTheDistrictCentreAndTransportIsAssessedByHand() {
        var family = placed(District.FUTIAN, "无名路 1 号", true, bornForGrade(2));
        assertThat(only(family).schoolName()).isEqualTo("福中小学 Fuzhong Primary");
        assertThat(only(family).explanation()).contains("not in the catchment list: measured from the district centre",
                "the distance is not known; the education bureau assesses transport");
    }

    @Test
    void siblingsGoToTheSameSchoolWhereSeatsAllow() {
        int older = 3;
        var neighbour = placed(District.NANSHAN, "南头街道 1 号", true, bornForGrade(older));
        assertThat(only(neighbour).schoolName()).isEqualTo("南头小学 Nantou Primary"); // the last grade-3 seat

        var siblings = placed(District.NANSHAN, "南山区南头街道 88 号", true, bornForGrade(older), bornForGrade(1));
        Child.Placement first = siblings.children().get(0).placement();
        Child.Placement second = siblings.children().get(1).placement();
        assertThat(first.schoolName()).isEqualTo("南山小学 Nanshan Primary");
        assertThat(first.explanation()).contains("nearest school of the district with a free seat");
        // The catchment school has a grade-1 seat, but the brother is at Nanshan Primary.
        assertThat(free("NS-P01", 1)).isEqualTo(1);
        assertThat(second.schoolName()).isEqualTo("南山小学 Nanshan Primary");
        assertThat(second.explanation()).contains("与兄弟姐妹同校 the school of a brother or sister");
    }

    @Test
    void aToddlerWithoutVaccinationCertificateGetsAClinicHealthChecksAndACatchUpTaskButNoSeat() {
        LocalDate birth = LocalDate.now().minusMonths(20);
        var family = placed(District.FUTIAN, "莲花路 20 号", false, birth);
        Child.Placement p = only(family);
        assertThat(p.schoolEntry()).isEqualTo("UNDER_SCHOOL_AGE");
        assertThat(p.schoolName()).isNull();
        assertThat(p.clinicName()).isEqualTo("莲花社康 Lianhua Clinic");
        UUID child = family.children().get(0).id();
        assertThat(jdbc.sql("select count(*) from school_seat where child_id = ?").param(child).query(Integer.class).single())
                .isZero();
        // Checks at 24, 30, 36 months and at 4, 5 and 6 years are still ahead.
        assertThat(jdbc.sql("select due_on from health_check where child_id = ? order by due_on").param(child)
                .query(LocalDate.class).list())
                .containsExactly(birth.plusMonths(24), birth.plusMonths(30), birth.plusMonths(36), birth.plusYears(4),
                        birth.plusYears(5), birth.plusYears(6));
        assertThat(p.explanation()).contains("under school age", "Health checks (0-6): next on " + birth.plusMonths(24),
                "no vaccination certificate", "the school place does not depend on it");

        Task catchUp = followUpTask(family, ProcessIds.TASK_CATCH_UP_VACCINATION);
        assertThat(catchUp.getDueDate()).isNotNull();
        assertThat(tasks.getIdentityLinksForTask(catchUp.getId())).anyMatch(l -> "health-futian".equals(l.getGroupId()));
        assertThat(followUpTask(family, ProcessIds.TASK_CONFIRM_SCHOOL)).isNull();
    }

    @Test
    void rejectionReleasesSeatAndClinicAndEndsTheFollowUpApprovalTakesThem() {
        var rejected = placed(District.LUOHU, "东门北路 1 号", true, bornForGrade(1));
        assertThat(only(rejected).schoolName()).isEqualTo("东门小学 Dongmen Primary");
        assertThat(only(rejected).clinicName()).isEqualTo("东门社康 Dongmen Clinic");
        assertThat(free("LH-P01", 1)).isZero();
        assertThat(placements.freeRegistrations("LH-C01")).isZero();

        var approved = placed(District.LUOHU, "东门北路 2 号", true, bornForGrade(1));
        assertThat(only(approved).schoolName()).isEqualTo("翠竹小学 Cuizhu Primary");
        assertThat(only(approved).clinicName()).isEqualTo("翠竹社康 Cuizhu Clinic"); // the nearest one is full

        caseLog.decided(rejected.id(), ApplicationStatus.REJECTED, "supervisor", "lease not registered");
        cn.anju.Reactions.settle(followOn);
        assertThat(free("LH-P01", 1)).isEqualTo(1);
        assertThat(placements.freeRegistrations("LH-C01")).isEqualTo(1);
        assertThat(seatStatus(rejected.children().get(0).id())).isEqualTo("RELEASED");
        assertThat(timeline.of(rejected.id())).extracting(ev -> ev.type()).contains("PLACES_RELEASED");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessIds.PLACEMENT_FOLLOW_UP)
                .processInstanceBusinessKey(rejected.reference()).count()).isZero();

        caseLog.decided(approved.id(), ApplicationStatus.APPROVED, "supervisor", "in order");
        cn.anju.Reactions.settle(followOn);
        assertThat(seatStatus(approved.children().get(0).id())).isEqualTo("TAKEN");
        // Deciding again (a retried job) releases or takes nothing twice.
        caseLog.decided(rejected.id(), ApplicationStatus.REJECTED, "supervisor", "lease not registered");
        cn.anju.Reactions.settle(followOn);
        assertThat(free("LH-P01", 1)).isEqualTo(1);
    }

    @Test
    void anOfficersOverrideMovesTheSeatInTheLedgerAndAFullSchoolIsRefused() {
        var family = placed(District.YANTIAN, "沙深路 30 号", true, bornForGrade(2));
        var other = placed(District.YANTIAN, "沙深路 31 号", true, bornForGrade(2));
        assertThat(only(family).schoolName()).isEqualTo("沙头角小学 Shatoujiao Primary");
        assertThat(only(other).schoolName()).isEqualTo("海山小学 Haishan Primary");

        // The family asked for Haishan: full, so the override is refused and the task stays open.
        Task school = followUpTask(family, ProcessIds.TASK_CONFIRM_SCHOOL);
        tasks.claim(school.getId(), "eduyantian");
        assertThatThrownBy(() -> tasks.complete(school.getId(), Map.of("schoolDecision", "OVERRIDE",
                "schoolOverride", "YT-P02", "schoolOverrideReason", "grandmother lives there")))
                .hasMessageContaining("No free seat in grade 2 at YT-P02");
        assertThat(followUpTask(family, ProcessIds.TASK_CONFIRM_SCHOOL)).isNotNull();

        // The other family moves away from Haishan to Shatoujiao's grade 3 (it asked for an older class): ledger follows.
        Task otherSchool = followUpTask(other, ProcessIds.TASK_CONFIRM_SCHOOL);
        tasks.claim(otherSchool.getId(), "eduyantian");
        tasks.complete(otherSchool.getId(), Map.of("schoolDecision", "OVERRIDE", "schoolOverride", "YT-P01",
                "schoolOverrideGrade", 3, "schoolOverrideReason", "repeats no year: was in grade 3 at home"));
        assertThat(free("YT-P02", 2)).isEqualTo(1);
        assertThat(free("YT-P01", 3)).isZero();
        Child.Placement moved = only(applications.findById(other.id()).orElseThrow());
        assertThat(moved.schoolName()).isEqualTo("沙头角小学 Shatoujiao Primary");
        assertThat(moved.grade()).isEqualTo(3);
        assertThat(moved.explanation()).contains("placed by the education officer: repeats no year: was in grade 3 at home");
        assertThat(timeline.of(other.id())).anySatisfy(ev -> {
            assertThat(ev.type()).isEqualTo("SCHOOL_OVERRIDDEN");
            assertThat(ev.actor()).isEqualTo("eduyantian");
        });

        // Now the seat at Haishan is free: the first family's override goes through.
        tasks.complete(school.getId(), Map.of("schoolDecision", "OVERRIDE", "schoolOverride", "YT-P02",
                "schoolOverrideReason", "grandmother lives there"));
        assertThat(only(applications.findById(family.id()).orElseThrow()).schoolName()).isEqualTo("海山小学 Haishan Primary");
        assertThat(free("YT-P01", 2)).isEqualTo(1);
        assertThat(free("YT-P02", 2)).isZero();
    }

    @Test
    void aSeatGivenBackGoesToTheFirstOnTheWaitlistWhoGetsItsSchoolLetter(
            @Autowired cn.anju.certificate.CertificateService certificates) {
        var first = placed(District.GUANGMING, "光明大道 1 号", true, bornForGrade(1));
        var waiting = placed(District.GUANGMING, "光明大道 2 号", true, bornForGrade(1));
        var later = placed(District.GUANGMING, "光明大道 3 号", true, bornForGrade(1));
        assertThat(only(waiting).explanation()).contains("waitlist position 1");
        assertThat(only(later).explanation()).contains("waitlist position 2");
        caseLog.decided(waiting.id(), ApplicationStatus.APPROVED, "supervisor", "in order");
        cn.anju.Reactions.settle(followOn);
        assertThat(certificates.issueAll(waiting.id())).extracting(c -> c.kind())
                .containsExactlyInAnyOrder("RESIDENCE", "CLINIC_CARD"); // no school yet, no letter

        caseLog.decided(first.id(), ApplicationStatus.WITHDRAWN, "family", "moving back home");
        cn.anju.Reactions.settle(followOn);

        Child.Placement placed = only(applications.findById(waiting.id()).orElseThrow());
        assertThat(placed.schoolName()).isEqualTo("光明小学 Guangming Primary");
        assertThat(placed.explanation()).contains("the first on the waitlist when a seat was given back");
        assertThat(seatStatus(waiting.children().get(0).id())).isEqualTo("TAKEN");
        assertThat(free("GM-P01", 1)).isZero();
        assertThat(certificates.certificatesOf(waiting.id())).extracting(c -> c.kind())
                .containsExactlyInAnyOrder("RESIDENCE", "CLINIC_CARD", "SCHOOL_LETTER"); // the letter new, the card as it was
        assertThat(only(applications.findById(later.id()).orElseThrow()).schoolName()).isNull();
        assertThat(placements.freeSeats("GM-P01", 1)).isZero();
    }

    @Test
    void theOfficersOfTheDistrictWhereTheFamilyLivesFollowItUp() {
        Application family = TestFamilies.store(applications, District.FUTIAN, "南山区南头街道 100 号", true,
                bornForGrade(4));
        jdbc.sql("update application set address_district = 'NANSHAN' where id = ?").param(family.id()).update();
        runtime.startProcessInstanceByKey(ProcessIds.CHILD_PLACEMENT, family.reference(),
                Map.of("applicationId", family.id().toString(), "childId", family.children().get(0).id().toString(),
                        "district", "futian", "decisionDeadline", LocalDate.now().plusDays(15).toString()));
        assertThat(only(applications.findById(family.id()).orElseThrow()).schoolName()).isEqualTo("南头小学 Nantou Primary");
        Task school = followUpTask(family, ProcessIds.TASK_CONFIRM_SCHOOL);
        assertThat(tasks.getIdentityLinksForTask(school.getId())).anyMatch(l -> "education-nanshan".equals(l.getGroupId()));
        tasks.claim(school.getId(), "education"); // a Futian officer
        assertThatThrownBy(() -> tasks.complete(school.getId(), Map.of("schoolDecision", "CONFIRM")))
                .hasMessageContaining("education is not in education-nanshan");
        tasks.setAssignee(school.getId(), "edunanshan");
        tasks.complete(school.getId(), Map.of("schoolDecision", "CONFIRM"));
        assertThat(timeline.of(family.id())).extracting(ev -> ev.type()).contains("SCHOOL_PLACEMENT_CONFIRMED");
    }
}
