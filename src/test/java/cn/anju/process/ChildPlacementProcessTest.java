package cn.anju.process;

import static cn.anju.process.ProcessTestSupport.APPLICATION_ID;
import static cn.anju.process.ProcessTestSupport.CHILD_1;
import static cn.anju.process.ProcessTestSupport.delegate;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/child-placement.bpmn", "processes/school-entry.dmn",
        "forms/record-school-placement.form",
        "forms/record-clinic-registration.form"})
class ChildPlacementProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-tests.camunda.cfg.xml").build();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ProcessTestSupport.registerMocks(ProcessTestSupport.eligibleFacts(), List.of(CHILD_1));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void aChildUnderSchoolAgeGetsAClinicButNoSchoolTask() throws Exception {
        ProcessTestSupport.schoolAge("2023-02-01");
        var instance = runtimeService().startProcessInstanceByKey(ProcessIds.CHILD_PLACEMENT, "AJ-2026-TEST0001",
                Map.of("applicationId", APPLICATION_ID, "childId", CHILD_1, "district", "futian",
                        "decisionDeadline", "2026-12-13"));
        assertThat(instance).hasPassed("Task_DecideSchoolEntry").isWaitingAt(ProcessIds.TASK_RECORD_CLINIC)
                .variables().containsEntry("schoolEntry", "UNDER_SCHOOL_AGE").doesNotContainKey("grade");
        var clinic = taskQuery().taskDefinitionKey(ProcessIds.TASK_RECORD_CLINIC).singleResult();
        taskService().claim(clinic.getId(), "health1");
        taskService().complete(clinic.getId(), Map.of("clinicName", "莲花社康"));
        managementService().createJobQuery().processInstanceId(instance.getId()).list().forEach(j -> execute(j));
        assertThat(instance).isEnded().hasNotPassed(ProcessIds.TASK_RECORD_SCHOOL);
    }

    @Test
    void educationAndHealthOfficersOfTheDistrictEachRecordTheirPartThenTheOutcomeIsWritten() throws Exception {
        var instance = runtimeService().startProcessInstanceByKey(ProcessIds.CHILD_PLACEMENT, "AJ-2026-TEST0001",
                Map.of("applicationId", APPLICATION_ID, "childId", CHILD_1, "district", "nanshan",
                        "decisionDeadline", "2026-12-13"));

        assertThat(instance).isWaitingAt(ProcessIds.TASK_RECORD_SCHOOL, ProcessIds.TASK_RECORD_CLINIC);
        var school = taskQuery().taskDefinitionKey(ProcessIds.TASK_RECORD_SCHOOL).singleResult();
        var clinic = taskQuery().taskDefinitionKey(ProcessIds.TASK_RECORD_CLINIC).singleResult();
        assertThat(school).hasCandidateGroup("education-nanshan").hasDueDate(java.util.Date.from(
                java.time.LocalDate.of(2026, 12, 13).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()));
        assertThat(clinic).hasCandidateGroup("health-nanshan");

        taskService().claim(school.getId(), "edu1");
        taskService().complete(school.getId(), Map.of("schoolName", "南山实验学校", "grade", 3));
        assertThat(instance).isWaitingAt(ProcessIds.TASK_RECORD_CLINIC);
        verify(delegate("recordChildOutcome"), never()).execute(any());

        taskService().claim(clinic.getId(), "health1");
        taskService().complete(clinic.getId(), Map.of("clinicName", "南头社康"));
        // Each branch arrives at the join in a job: officers who finish at the same moment never collide.
        assertThat(instance).isWaitingAt("Gateway_BothRecorded");
        managementService().createJobQuery().processInstanceId(instance.getId()).list().forEach(j -> execute(j));

        assertThat(instance).isEnded().hasPassed("Task_RecordChildOutcome", "Event_ChildPlaced")
                .variables().containsEntry("schoolRecordedBy", "edu1").containsEntry("clinicRecordedBy", "health1")
                .containsEntry("schoolEntry", "GRADE_3").doesNotContainKey("birthDate").containsEntry("grade", 3)
                .containsEntry("schoolName", "南山实验学校").containsEntry("clinicName", "南头社康");
        verify(delegate("recordChildOutcome")).execute(any());
    }
}
