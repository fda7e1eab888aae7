package cn.anju.process;

import static cn.anju.process.ProcessTestSupport.APPLICATION_ID;
import static cn.anju.process.ProcessTestSupport.CHILD_1;
import static cn.anju.process.ProcessTestSupport.delegate;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The paths of ChildPlacement with the ledger's answers mocked (PlacementProcessTest runs them
 * against the real ledger): nobody waits, the officers' follow-up is a process of its own.
 */
@Deployment(resources = {"processes/child-placement.bpmn", "processes/school-entry.dmn",
        "processes/placement-follow-up.bpmn", "forms/confirm-school-placement.form",
        "forms/confirm-clinic-registration.form", "forms/catch-up-vaccination.form"})
class ChildPlacementProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-tests.camunda.cfg.xml").build();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ProcessTestSupport.registerMocks(ProcessTestSupport.eligibleFacts(), List.of(CHILD_1));
        placements = org.mockito.Mockito.mock(cn.anju.placement.PlacementService.class);
        org.mockito.Mockito.when(placements.homeDistrict(any())).thenReturn(cn.anju.application.District.FUTIAN);
        Mocks.register("openPlacementFollowUp", new OpenPlacementFollowUp(placements));
    }

    private cn.anju.placement.PlacementService placements;

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private static ProcessInstance place(String district) {
        return runtimeService().startProcessInstanceByKey(ProcessIds.CHILD_PLACEMENT, "AJ-2026-TEST0001",
                Map.of("applicationId", APPLICATION_ID, "childId", CHILD_1, "district", district,
                        "decisionDeadline", "2026-12-13"));
    }

    private static ProcessInstance followUp() {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(ProcessIds.PLACEMENT_FOLLOW_UP)
                .singleResult();
    }

    @Test
    void aSchoolChildIsGivenACatchmentSeatAndAClinicAtOnceThenOfferedToBothOfficers() throws Exception {
        org.mockito.Mockito.when(placements.homeDistrict(any())).thenReturn(cn.anju.application.District.NANSHAN);
        ProcessInstance instance = place("futian"); // applied at the Futian office, lives in Nanshan

        assertThat(instance).isEnded().hasPassedInOrder("Task_DecideSchoolEntry", ProcessIds.TASK_ALLOCATE_SCHOOL,
                        ProcessIds.TASK_REGISTER_CLINIC, "Task_RecordChildOutcome", "Task_OpenFollowUp", "Event_ChildPlaced")
                .hasNotPassed(ProcessIds.TASK_HAND_OVER_TRANSPORT)
                .variables().containsEntry("schoolEntry", "GRADE_3").containsEntry("grade", 3)
                .containsEntry("schoolPlacement", "CATCHMENT").doesNotContainKey("birthDate");
        verify(delegate("recordChildOutcome")).execute(any());

        ProcessInstance followUp = followUp();
        assertThat(followUp).hasBusinessKey("AJ-2026-TEST0001")
                .isWaitingAt(ProcessIds.TASK_CONFIRM_SCHOOL, ProcessIds.TASK_CONFIRM_CLINIC)
                .variables().containsEntry("childId", CHILD_1).containsEntry("grade", 3)
                .containsEntry("schoolPlacement", "CATCHMENT").containsEntry("catchUpVaccination", false)
                .containsEntry("district", "nanshan");
        verify(placements).followUpOpened(java.util.UUID.fromString(CHILD_1), followUp.getId());
        assertThat(taskQuery().taskDefinitionKey(ProcessIds.TASK_CONFIRM_SCHOOL).singleResult())
                .hasCandidateGroup("education-nanshan").hasFormKey(null);
        assertThat(taskQuery().taskDefinitionKey(ProcessIds.TASK_CONFIRM_CLINIC).singleResult())
                .hasCandidateGroup("health-nanshan");
    }

    @Test
    void aChildTooFarToWalkIsHandedToTheTransportAuthority() throws Exception {
        ProcessTestSupport.seat("NEAREST", true);
        ProcessInstance instance = place("futian");
        assertThat(instance).isEnded().hasPassedInOrder(ProcessIds.TASK_ALLOCATE_SCHOOL,
                ProcessIds.TASK_HAND_OVER_TRANSPORT, ProcessIds.TASK_REGISTER_CLINIC);
        verify(delegate("handOverTransport")).execute(any());
    }

    @Test
    void aWaitlistedChildStillGetsItsClinicAndTheEducationOfficerSeesIt() throws Exception {
        ProcessTestSupport.seat("WAITLIST", false);
        ProcessInstance instance = place("futian");
        assertThat(instance).isEnded().hasNotPassed(ProcessIds.TASK_HAND_OVER_TRANSPORT)
                .hasPassed(ProcessIds.TASK_REGISTER_CLINIC);
        assertThat(followUp()).isWaitingAt(ProcessIds.TASK_CONFIRM_SCHOOL, ProcessIds.TASK_CONFIRM_CLINIC)
                .variables().containsEntry("schoolPlacement", "WAITLIST");
    }

    @Test
    void aChildUnderSchoolAgeGetsAClinicButNoSeatAndNoSchoolTask() throws Exception {
        ProcessTestSupport.schoolAge("2023-02-01");
        ProcessInstance instance = place("futian");
        assertThat(instance).isEnded().hasNotPassed(ProcessIds.TASK_ALLOCATE_SCHOOL)
                .hasPassed(ProcessIds.TASK_REGISTER_CLINIC, "Task_RecordChildOutcome")
                .variables().containsEntry("schoolEntry", "UNDER_SCHOOL_AGE").doesNotContainKey("grade");
        assertThat(followUp()).isWaitingAt(ProcessIds.TASK_CONFIRM_CLINIC);
        org.assertj.core.api.Assertions.assertThat(taskQuery().taskDefinitionKey(ProcessIds.TASK_CONFIRM_SCHOOL).count())
                .isZero();
    }

    @Test
    void aSixteenYearOldIsOutOfScopeForSchoolButRegisteredAtAClinic() throws Exception {
        ProcessTestSupport.schoolAge("2010-05-01");
        ProcessInstance instance = place("futian");
        assertThat(instance).isEnded().hasNotPassed(ProcessIds.TASK_ALLOCATE_SCHOOL)
                .variables().containsEntry("schoolEntry", "SENIOR_SECONDARY");
        verify(delegate("recordChildOutcome")).execute(any());
        verify(delegate("handOverTransport"), never()).execute(any());
    }

    @Test
    void noVaccinationCertificateOpensACatchUpCheckThatNeverHoldsUpThePlacement() throws Exception {
        ProcessTestSupport.clinic(true);
        ProcessInstance instance = place("futian");

        assertThat(instance).isEnded(); // the child is placed; the application goes on
        assertThat(followUp()).isWaitingAt(ProcessIds.TASK_CONFIRM_SCHOOL, ProcessIds.TASK_CONFIRM_CLINIC,
                ProcessIds.TASK_CATCH_UP_VACCINATION);
        assertThat(taskQuery().taskDefinitionKey(ProcessIds.TASK_CATCH_UP_VACCINATION).singleResult())
                .hasCandidateGroup("health-futian")
                .hasDueDate(java.util.Date.from(java.time.Instant.parse("2026-12-29T09:00:00Z")));
    }

    @Test
    void placingTheSameChildAgainOpensNoSecondFollowUp() {
        place("futian");
        place("futian");
        org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery()
                .processDefinitionKey(ProcessIds.PLACEMENT_FOLLOW_UP).count()).isEqualTo(1);
    }
}
