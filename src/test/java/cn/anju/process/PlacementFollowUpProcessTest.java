package cn.anju.process;

import static cn.anju.process.ProcessTestSupport.APPLICATION_ID;
import static cn.anju.process.ProcessTestSupport.CHILD_1;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import cn.anju.placement.PlacementRefusedException;
import cn.anju.placement.PlacementService;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The officers' follow-up of an automatic placement: confirm, override with a reason, catch up vaccinations. */
@Deployment(resources = {"processes/placement-follow-up.bpmn", "forms/confirm-school-placement.form",
        "forms/confirm-clinic-registration.form", "forms/catch-up-vaccination.form"})
class PlacementFollowUpProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-tests.camunda.cfg.xml").build();

    private static final UUID CHILD = UUID.fromString(CHILD_1);
    private PlacementService placements;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine.getProcessEngine());
        placements = mock(PlacementService.class);
        org.mockito.Mockito.when(placements.childOfFollowUp(any())).thenReturn(java.util.Optional.of(CHILD));
        org.mockito.Mockito.when(placements.homeDistrict(CHILD)).thenReturn(cn.anju.application.District.FUTIAN);
        Mocks.register("placementReviewed", new PlacementReviewed(placements));
        var identity = engine.getProcessEngine().getIdentityService();
        for (String[] officer : new String[][] {{"education", "education-futian"}, {"health", "health-futian"},
                {"edunanshan", "education-nanshan"}}) {
            if (identity.createUserQuery().userId(officer[0]).count() == 0) {
                identity.saveUser(identity.newUser(officer[0]));
                identity.saveGroup(identity.newGroup(officer[1]));
                identity.createMembership(officer[0], officer[1]);
            }
        }
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private static ProcessInstance start(String schoolEntry, boolean catchUp) {
        Map<String, Object> variables = new HashMap<>(Map.of("applicationId", APPLICATION_ID, "childId", CHILD_1,
                "district", "futian", "schoolEntry", schoolEntry, "schoolPlacement", "CATCHMENT",
                "catchUpVaccination", catchUp));
        if (catchUp) {
            variables.put("catchUpDue", java.util.Date.from(java.time.Instant.parse("2026-12-29T09:00:00Z")));
        }
        return runtimeService().startProcessInstanceByKey(ProcessIds.PLACEMENT_FOLLOW_UP, "AJ-2026-TEST0001", variables);
    }

    private static void complete(String user, String taskKey, Map<String, Object> variables) {
        var task = taskQuery().taskDefinitionKey(taskKey).singleResult();
        taskService().claim(task.getId(), user);
        taskService().complete(task.getId(), variables);
    }

    @Test
    void bothOfficersConfirmAndTheFollowUpEnds() {
        ProcessInstance instance = start("GRADE_2", false);
        complete("education", ProcessIds.TASK_CONFIRM_SCHOOL, Map.of("schoolDecision", "CONFIRM"));
        assertThat(instance).isWaitingAt(ProcessIds.TASK_CONFIRM_CLINIC);
        complete("health", ProcessIds.TASK_CONFIRM_CLINIC, Map.of("clinicDecision", "CONFIRM"));

        assertThat(instance).isEnded().hasPassed("Gateway_FollowedUp", "Event_FollowedUp");
        verify(placements).confirmSchool(CHILD, "education");
        verify(placements).confirmClinic(CHILD, "health");
    }

    @Test
    void anOverrideMovesTheSeatWithTheOfficersReason() {
        ProcessInstance instance = start("GRADE_2", false);
        complete("education", ProcessIds.TASK_CONFIRM_SCHOOL, Map.of("schoolDecision", "OVERRIDE",
                "schoolOverride", " FT-P02 ", "schoolOverrideGrade", 1, "schoolOverrideReason", "family asked to start at 7"));
        verify(placements).overrideSchool(CHILD, "FT-P02", 1, "family asked to start at 7", "education");
        complete("health", ProcessIds.TASK_CONFIRM_CLINIC, Map.of("clinicDecision", "OVERRIDE",
                "clinicOverride", "FT-C02", "clinicOverrideReason", "nearer the mother's work"));
        verify(placements).overrideClinic(CHILD, "FT-C02", "nearer the mother's work", "health");
        assertThat(instance).isEnded();
    }

    @Test
    void anOverrideWithoutReasonOrRefusedByTheLedgerKeepsTheTaskOpen() {
        ProcessInstance instance = start("GRADE_2", false);
        var task = taskQuery().taskDefinitionKey(ProcessIds.TASK_CONFIRM_SCHOOL).singleResult();
        taskService().claim(task.getId(), "education");

        assertThatThrownBy(() -> taskService().complete(task.getId(), Map.of("schoolDecision", "OVERRIDE",
                "schoolOverride", "FT-P02"))).hasMessageContaining("schoolOverrideReason is required");
        assertThatThrownBy(() -> taskService().complete(task.getId(), Map.of())).hasMessageContaining(
                "schoolDecision must be CONFIRM or OVERRIDE");
        doThrow(new PlacementRefusedException("No free seat in grade 2 at FT-P04")).when(placements)
                .overrideSchool(any(), any(), any(), any(), any());
        assertThatThrownBy(() -> taskService().complete(task.getId(), Map.of("schoolDecision", "OVERRIDE",
                "schoolOverride", "FT-P04", "schoolOverrideReason", "nearer"))).hasMessageContaining("No free seat");

        assertThat(instance).isWaitingAt(ProcessIds.TASK_CONFIRM_SCHOOL, ProcessIds.TASK_CONFIRM_CLINIC);
        verify(placements, never()).confirmSchool(any(), any());
    }

    @Test
    void onlyAnOfficerOfTheFamilysDistrictMayDecideAndTheChildComesFromTheFollowUpNotFromVariables() {
        start("GRADE_2", false);
        var task = taskQuery().taskDefinitionKey(ProcessIds.TASK_CONFIRM_SCHOOL).singleResult();
        taskService().claim(task.getId(), "edunanshan");
        assertThatThrownBy(() -> taskService().complete(task.getId(), Map.of("schoolDecision", "CONFIRM")))
                .hasMessageContaining("edunanshan is not in education-futian");
        taskService().setAssignee(task.getId(), "health");
        assertThatThrownBy(() -> taskService().complete(task.getId(), Map.of("schoolDecision", "CONFIRM")))
                .hasMessageContaining("health is not in education-futian");

        // A childId sent along with the completion changes nothing: the follow-up's own child is confirmed.
        taskService().setAssignee(task.getId(), "education");
        taskService().complete(task.getId(), Map.of("schoolDecision", "CONFIRM",
                "childId", "0b8e8d0e-9999-4c5e-8a0e-000000000009"));
        verify(placements).confirmSchool(CHILD, "education");
    }

    @Test
    void anUnclaimedTaskCannotBeCompleted() {
        start("GRADE_2", false);
        var task = taskQuery().taskDefinitionKey(ProcessIds.TASK_CONFIRM_CLINIC).singleResult();
        assertThatThrownBy(() -> taskService().complete(task.getId(), Map.of("clinicDecision", "CONFIRM")))
                .hasMessageContaining("Claim the task");
    }

    @Test
    void theCatchUpCheckIsTheClinicsAndMustBeTicked() {
        ProcessInstance instance = start("UNDER_SCHOOL_AGE", true);
        assertThat(instance).isWaitingAt(ProcessIds.TASK_CONFIRM_CLINIC, ProcessIds.TASK_CATCH_UP_VACCINATION);
        complete("health", ProcessIds.TASK_CONFIRM_CLINIC, Map.of("clinicDecision", "CONFIRM"));
        assertThat(instance).isWaitingAt(ProcessIds.TASK_CATCH_UP_VACCINATION);

        var task = taskQuery().taskDefinitionKey(ProcessIds.TASK_CATCH_UP_VACCINATION).singleResult();
        taskService().claim(task.getId(), "health");
        assertThatThrownBy(() -> taskService().complete(task.getId(), Map.of("vaccinationOutcome", "MMR given")))
                .hasMessageContaining("vaccinationOutcome must be one of");
        taskService().complete(task.getId(), Map.of("vaccinationOutcome", "CAUGHT_UP"));

        assertThat(instance).isEnded();
        verify(placements).catchUpVaccinationChecked(CHILD, "health", "CAUGHT_UP");
    }
}
