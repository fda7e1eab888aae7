package cn.anju.process;

import static cn.anju.TestFamilies.bornForGrade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.anju.PlacementTestCity;
import cn.anju.Reactions;
import cn.anju.TestFamilies;
import cn.anju.application.Application;
import cn.anju.application.ApplicationRepository;
import cn.anju.application.ApplicationStatus;
import cn.anju.application.CaseLog;
import cn.anju.application.District;
import cn.anju.application.Timeline;
import cn.anju.certificate.CertificateService;
import cn.anju.followon.FollowOnWork;
import cn.anju.placement.PlacementService;
import cn.anju.security.Role;
import cn.anju.security.UserDirectory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A supervisor's rejection of family A gives A's seat to family B's waitlisted child, whose school
 * letter is drawn after A's commit, in a transaction of its own: when B's letter cannot be drawn, A's
 * rejection still commits, B keeps the seat, and the failed letter waits, listed with its reason;
 * once B's data is fixed the letter is issued on the retry, and nothing is done twice.
 */
@PlacementTestCity
class AfterCommitReactionsTest {

    /** A Tangut letter: no font of the office draws it. */
    private static final String UNDRAWABLE = new String(Character.toChars(0x17000));

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ApplicationRepository applications;
    @Autowired Timeline timeline;
    @Autowired CaseLog caseLog;
    @Autowired PlacementService placements;
    @Autowired CertificateService certificates;
    @Autowired FollowOnWork followOn;
    @Autowired UserDirectory users;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        if (engine.getIdentityService().createUserQuery().userId("suplonggang").count() == 0) {
            users.createDemo("suplonggang", "Supervisor", "Longgang", Role.SUPERVISOR, District.LONGGANG);
        }
    }

    @Test
    void aRejectionCommitsWhenTheLetterItFreesCannotBeDrawnAndTheLetterFollowsOnceFixed() {
        Application a = placed("龙翔大道 1 号");
        Application b = placed("龙翔大道 2 号");
        UUID bChild = b.children().get(0).id();
        assertThat(schoolOf(a)).isEqualTo("龙城小学 Longcheng Primary");
        assertThat(schoolOf(b)).isNull(); // waitlisted: one seat in grade 1
        caseLog.decided(b.id(), ApplicationStatus.APPROVED, "supervisor", "in order");
        Reactions.settle(followOn);
        assertThat(certificates.issueAll(b.id())).extracting(c -> c.kind())
                .containsExactlyInAnyOrder("RESIDENCE", "CLINIC_CARD");
        String bName = b.children().get(0).fullName();
        rename(bChild, bName + UNDRAWABLE);

        // A clerk found A's lease unregistered; the supervisor rejects A in Tasklist: the completion commits.
        caseLog.record(a.id(), cn.anju.application.TimelineEntryType.EVIDENCE_NOT_ACCEPTED, "clerklonggang", "no such lease in the registry");
        // Variables before the instruction: they belong to the instance, so the deadline timer of the
        // sub-process around the decision finds them.
        var instance = runtime.createProcessInstanceByKey(ProcessIds.RESIDENCY_APPLICATION)
                .businessKey(a.reference())
                .setVariables(Map.of("applicationId", a.id().toString(), "district", "longgang",
                        "decisionDeadline", LocalDate.now().plusDays(10).toString(),
                        "escalateAt", java.time.OffsetDateTime.now().plusDays(8).toString()))
                .startBeforeActivity(ProcessIds.TASK_DECIDE_APPLICATION)
                .execute();
        var decide = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        tasks.claim(decide.getId(), "suplonggang");
        tasks.complete(decide.getId(), Map.of("approved", false, "decisionNote", "the lease is forged"));
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_RecordRejection");
        assertThat(status(a)).isEqualTo(ApplicationStatus.REJECTED);

        // B gets A's seat (a reaction of its own that succeeded); B's letter is waiting, with its reason.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(followOn.pending())
                .singleElement().satisfies(pending -> {
                    assertThat(pending.listener()).contains("ChildPlacementChanged");
                    assertThat(pending.lastError()).contains("U+17000");
                }));
        assertThat(schoolOf(b)).isEqualTo("龙城小学 Longcheng Primary");
        assertThat(seatStatus(bChild)).isEqualTo("TAKEN");
        assertThat(placements.freeSeats("LG-P01", 1)).isZero();
        assertThat(kinds(b)).containsExactlyInAnyOrder("RESIDENCE", "CLINIC_CARD");

        // B's name is corrected; the retry draws the letter, once, and the card still says the same.
        rename(bChild, bName);
        followOn.retryAll();
        Reactions.settle(followOn);
        assertThat(kinds(b)).containsExactlyInAnyOrder("RESIDENCE", "CLINIC_CARD", "SCHOOL_LETTER");
        followOn.retryAll();
        Reactions.settle(followOn);
        assertThat(jdbc.sql("select count(*) from certificate where child_id = ? and kind = 'SCHOOL_LETTER'")
                .param(bChild).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from certificate where child_id = ? and kind = 'CLINIC_CARD'")
                .param(bChild).query(Integer.class).single()).isEqualTo(1);
        assertThat(timeline.of(a.id())).filteredOn(ev -> ev.type().equals("PLACES_RELEASED")).hasSize(1);
        assertThat(timeline.of(b.id())).filteredOn(ev -> ev.type().equals("SCHOOL_FROM_WAITLIST"))
                .hasSize(1);
        assertThat(placements.freeSeats("LG-P01", 1)).isZero();
    }

    private Application placed(String address) {
        Application family = TestFamilies.store(applications, District.LONGGANG, address, true, bornForGrade(1));
        UUID child = family.children().get(0).id();
        var instance = runtime.startProcessInstanceByKey(ProcessIds.CHILD_PLACEMENT, family.reference(),
                Map.of("applicationId", family.id().toString(), "childId", child.toString(), "district", "longgang",
                        "decisionDeadline", LocalDate.now().plusDays(15).toString()));
        BpmnAwareTests.assertThat(instance).isEnded();
        return family;
    }

    private String schoolOf(Application family) {
        return applications.findById(family.id()).orElseThrow().children().get(0).placement().schoolName();
    }

    private ApplicationStatus status(Application family) {
        return applications.findById(family.id()).orElseThrow().status();
    }

    private java.util.List<String> kinds(Application family) {
        return certificates.certificatesOf(family.id()).stream().map(c -> c.kind()).toList();
    }

    private String seatStatus(UUID childId) {
        return jdbc.sql("select status from school_seat where child_id = ?").param(childId).query(String.class).single();
    }

    private void rename(UUID childId, String name) {
        jdbc.sql("update child set full_name = ? where id = ?").params(name, childId).update();
    }
}
