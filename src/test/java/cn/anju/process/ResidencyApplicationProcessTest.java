package cn.anju.process;

import static cn.anju.process.ProcessTestSupport.APPLICATION_ID;
import static cn.anju.process.ProcessTestSupport.CHILD_1;
import static cn.anju.process.ProcessTestSupport.CHILD_2;
import static cn.anju.process.ProcessTestSupport.delegate;
import static cn.anju.process.ProcessTestSupport.eligibleFacts;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import cn.anju.decision.CaseDecisions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/residency-application.bpmn", "processes/child-placement.bpmn",
        "processes/eligibility.dmn", "processes/school-entry.dmn", "forms/review-evidence.form", "forms/decide-application.form",
        })
class ResidencyApplicationProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-tests.camunda.cfg.xml").build();

    private CaseDecisions decisions;

    private void given(Map<String, Object> facts, List<String> children) {
        ProcessEngine processEngine = engine.getProcessEngine();
        BpmnAwareTests.init(processEngine);
        decisions = ProcessTestSupport.registerMocks(facts, children);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance submitted() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(ProcessIds.RESIDENCY_APPLICATION,
                "AJ-2026-TEST0001", Map.of("applicationId", APPLICATION_ID, "district", "futian",
                        "decisionDeadline", "2026-12-13", "escalateAt", "2026-12-10T09:00+08:00"));
        assertThat(instance).isStarted().hasPassed("Event_ApplicationSubmitted");
        execute(job()); // acceptance
        execute(job()); // the housing registry check, asynchronous with retries
        return instance;
    }

    private void completeAs(String user, String taskKey, Map<String, Object> variables) {
        var task = taskQuery().taskDefinitionKey(taskKey).list().get(0);
        taskService().claim(task.getId(), user);
        taskService().complete(task.getId(), variables);
    }

    /**
     * Each child is placed in a job of its own (no officer waits, siblings are never placed side by
     * side in one transaction), then the continuation after each child's placement runs as a job.
     */
    private void placeEveryChild(ProcessInstance instance, int children) {
        startPlacement(instance, children);
        var jobs = managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(ProcessIds.CALL_CHILD_PLACEMENT).list();
        org.assertj.core.api.Assertions.assertThat(jobs).hasSize(children);
        jobs.forEach(j -> execute(j));
    }

    private static void startPlacement(ProcessInstance instance, int children) {
        var jobs = managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(ProcessIds.CALL_CHILD_PLACEMENT).list();
        org.assertj.core.api.Assertions.assertThat(jobs).hasSize(children);
        jobs.forEach(j -> execute(j));
        org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery()
                .processDefinitionKey(ProcessIds.CHILD_PLACEMENT).count()).isZero();
    }

    @Test
    void eligibleFamilyWithTwoChildrenIsReviewedPlacedApprovedAndCertified() throws Exception {
        given(eligibleFacts(), List.of(CHILD_1, CHILD_2));
        ProcessInstance instance = submitted();

        assertThat(instance).hasPassedInOrder("Task_RecordAcceptance", "Task_GatherEligibilityFacts",
                "Task_DecideEligibility").isWaitingAt(ProcessIds.TASK_REVIEW_EVIDENCE)
                .variables().containsEntry("eligibilityReason", "ELIGIBLE");
        assertThat(task()).hasCandidateGroup("clerk-futian").hasFormKey(null);
        verify(delegate("recordAcceptance")).execute(any());

        completeAs("clerk", ProcessIds.TASK_REVIEW_EVIDENCE, Map.of("evidenceAccepted", true, "reviewNote", "ok"));
        verify(decisions).evidenceReviewed(java.util.UUID.fromString(APPLICATION_ID), "clerk", true, "ok");

        // Each child is placed automatically, in a job of its own, with the application's reference.
        assertThat(instance).isWaitingAt(ProcessIds.CALL_CHILD_PLACEMENT);
        placeEveryChild(instance, 2);
        var placements = historyService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessIds.CHILD_PLACEMENT).finished().list();
        org.assertj.core.api.Assertions.assertThat(placements).hasSize(2)
                .allSatisfy(p -> org.assertj.core.api.Assertions.assertThat(p.getBusinessKey())
                        .isEqualTo("AJ-2026-TEST0001"));
        verify(delegate("openPlacementFollowUp"), org.mockito.Mockito.times(2)).execute(any());

        assertThat(instance).isWaitingAt(ProcessIds.TASK_DECIDE_APPLICATION);
        assertThat(task()).hasCandidateGroup("supervisor-futian");
        completeAs("supervisor", ProcessIds.TASK_DECIDE_APPLICATION, Map.of("approved", true));

        assertThat(instance).hasPassed("Task_RecordApproval").isWaitingAt(ProcessIds.TASK_ISSUE_CERTIFICATES);
        verify(delegate("recordApproval")).execute(any());
        execute(job());
        assertThat(instance).hasPassedInOrder("Task_RecordApproval", "Task_IssueCertificates")
                .isEnded().hasPassed("Event_ApplicationApproved").hasNotPassed("Task_RecordRejection")
                .variables().containsEntry("reviewedBy", "clerk").containsEntry("decidedBy", "supervisor");
        verify(delegate("issueCertificates")).execute(any());
        verify(delegate("recordRejection"), never()).execute(any());
    }

    @Test
    void notEligibleFamilyIsRejectedWithTheRulesReasonAndNoTask() throws Exception {
        Map<String, Object> facts = new HashMap<>(eligibleFacts());
        facts.put("leaseRegistered", false);
        given(facts, List.of(CHILD_1));
        ProcessInstance instance = submitted();

        assertThat(instance).isEnded().hasPassed("Event_ApplicationRejected")
                .hasNotPassed(ProcessIds.TASK_REVIEW_EVIDENCE)
                .variables().containsEntry("eligibilityReason", "LEASE_NOT_REGISTERED");
        verify(delegate("recordRejection")).execute(any());
        verify(delegate("recordApproval"), never()).execute(any());
    }

    @Test
    void evidenceNotAcceptedGoesToTheSupervisorWithoutPlacementAndCannotBeApproved() throws Exception {
        given(eligibleFacts(), List.of(CHILD_1));
        ProcessInstance instance = submitted();
        completeAs("clerk", ProcessIds.TASK_REVIEW_EVIDENCE,
                Map.of("evidenceAccepted", false, "reviewNote", "lease names another tenant"));

        assertThat(instance).isWaitingAt(ProcessIds.TASK_DECIDE_APPLICATION)
                .hasNotPassed(ProcessIds.CALL_CHILD_PLACEMENT);
        var decision = task();
        taskService().claim(decision.getId(), "supervisor");
        assertThatThrownBy(() -> taskService().complete(decision.getId(), Map.of("approved", true)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("cannot be approved");

        taskService().complete(decision.getId(), Map.of("approved", false, "decisionNote", "lease names another tenant"));
        assertThat(instance).isEnded().hasPassed("Task_RecordRejection", "Event_ApplicationRejected");
        verify(decisions).evidenceReviewed(any(), eq("clerk"), eq(false), eq("lease names another tenant"));
    }

    @Test
    void supervisorMayRejectAfterPlacementButOnlyWithReasons() throws Exception {
        given(eligibleFacts(), List.of(CHILD_1));
        ProcessInstance instance = submitted();
        completeAs("clerk", ProcessIds.TASK_REVIEW_EVIDENCE, Map.of("evidenceAccepted", true));
        placeEveryChild(instance, 1);

        var decision = task();
        taskService().claim(decision.getId(), "supervisor");
        assertThatThrownBy(() -> taskService().complete(decision.getId(), Map.of("approved", false)))
                .hasMessageContaining("reasons");
        taskService().complete(decision.getId(), Map.of("approved", false, "decisionNote", "forged deed"));

        assertThat(instance).isEnded().hasPassed("Event_ApplicationRejected").hasNotPassed("Task_IssueCertificates");
        verify(delegate("issueCertificates"), never()).execute(any());
    }

    @Test
    void theReviewerCanNeitherClaimNorCompleteTheDecision() {
        given(eligibleFacts(), List.of(CHILD_1));
        ProcessInstance instance = submitted();
        completeAs("clerk", ProcessIds.TASK_REVIEW_EVIDENCE, Map.of("evidenceAccepted", false, "reviewNote", "x"));
        var decision = task();

        assertThatThrownBy(() -> taskService().claim(decision.getId(), "clerk"))
                .hasMessageContaining("Four eyes: clerk reviewed the evidence");
        assertThat(task()).isNotAssigned();
        // Completing unclaimed as the reviewer, signed in to the engine (as Tasklist does), is refused too.
        var identity = engine.getProcessEngine().getIdentityService();
        identity.setAuthenticatedUserId("clerk");
        try {
            assertThatThrownBy(() -> taskService().complete(decision.getId(),
                    Map.of("approved", false, "decisionNote", "x")))
                    .hasMessageContaining("Four eyes: clerk reviewed the evidence");
        } finally {
            identity.clearAuthentication();
        }
        assertThat(instance).isWaitingAt(ProcessIds.TASK_DECIDE_APPLICATION);
    }

    @Test
    void whenTheDeadlineNearsTheSupervisorIsAlertedAndWorkGoesOn() throws Exception {
        given(eligibleFacts(), List.of(CHILD_1));
        ProcessInstance instance = submitted();
        var timer = managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        org.assertj.core.api.Assertions.assertThat(timer.getDuedate())
                .isEqualTo(java.util.Date.from(java.time.OffsetDateTime.parse("2026-12-10T09:00+08:00").toInstant()));

        execute(timer);
        assertThat(instance).hasPassed("Event_DecisionDueSoon", "Task_EscalateToSupervisor", "Event_Escalated")
                .isWaitingAt(ProcessIds.TASK_REVIEW_EVIDENCE);
        verify(delegate("escalateToSupervisor")).execute(any());

        // One alert per deadline, on review and decision as a whole: placing and deciding do not repeat it.
        completeAs("clerk", ProcessIds.TASK_REVIEW_EVIDENCE, Map.of("evidenceAccepted", true));
        placeEveryChild(instance, 1);
        assertThat(instance).isWaitingAt(ProcessIds.TASK_DECIDE_APPLICATION);
        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery()
                .processInstanceId(instance.getId()).timers().count()).isZero();
        verify(delegate("escalateToSupervisor")).execute(any());
    }

    @Test
    void theDeadlineAlertWaitsWhileTheFamilyAnswersAndIsArmedAgainAfter() {
        given(eligibleFacts(), List.of(CHILD_1));
        ProcessInstance instance = submitted();
        completeAs("clerk", ProcessIds.TASK_REVIEW_EVIDENCE, Map.of("missingItems", "registered lease"));
        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery()
                .processInstanceId(instance.getId()).timers().count())
                .as("the legal clock stops: only the notice's reminder and withdrawal").isEqualTo(2);
        Mocks.register("resumeReview", (org.camunda.bpm.engine.delegate.JavaDelegate) e -> {
            e.setVariable("itemsMissing", false);
            e.setVariable("escalateAt", "2026-12-14T09:00+08:00"); // four days waited
        });

        runtimeService().createMessageCorrelation(ProcessIds.MESSAGE_APPLICANT_RESPONDED)
                .processInstanceBusinessKey("AJ-2026-TEST0001").setVariable("pausedDays", 4).correlate();
        var timer = managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        org.assertj.core.api.Assertions.assertThat(timer.getDuedate())
                .isEqualTo(java.util.Date.from(java.time.OffsetDateTime.parse("2026-12-14T09:00+08:00").toInstant()));
        execute(timer);
        assertThat(instance).hasPassed("Event_DecisionDueSoon", "Event_Escalated")
                .isWaitingAt(ProcessIds.TASK_REVIEW_EVIDENCE);
    }

    @Test
    void missingItemsGoOutInOneNoticeAndTheAnswerResumesTheReview() {
        given(eligibleFacts(), List.of(CHILD_1));
        ProcessInstance instance = submitted();
        completeAs("clerk", ProcessIds.TASK_REVIEW_EVIDENCE,
                Map.of("missingItems", "registered lease\nhukou booklet page of the child"));

        assertThat(instance).hasPassed("Task_SendOneTimeNotice").isWaitingAt(ProcessIds.TASK_AWAIT_APPLICANT)
                .variables().doesNotContainKey("missingItems").containsEntry("itemsMissing", true);
        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery()
                .processInstanceId(instance.getId()).timers().count()).as("reminder and withdrawal").isEqualTo(2);

        runtimeService().createMessageCorrelation(ProcessIds.MESSAGE_APPLICANT_RESPONDED)
                .processInstanceBusinessKey("AJ-2026-TEST0001").setVariable("pausedDays", 4).correlate();
        assertThat(instance).hasPassed("Task_ResumeReview").isWaitingAt(ProcessIds.TASK_REVIEW_EVIDENCE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtimeService()
                .createMessageCorrelation(ProcessIds.MESSAGE_APPLICANT_RESPONDED)
                .processInstanceBusinessKey("AJ-2026-TEST0001").correlate())
                .as("a second answer finds nothing waiting")
                .isInstanceOf(org.camunda.bpm.engine.MismatchingMessageCorrelationException.class);

        completeAs("clerk", ProcessIds.TASK_REVIEW_EVIDENCE, Map.of("evidenceAccepted", true));
        assertThat(instance).isWaitingAt(ProcessIds.CALL_CHILD_PLACEMENT);
    }

    @Test
    void noAnswerBringsAReminderThenWithdrawal() throws Exception {
        given(eligibleFacts(), List.of(CHILD_1));
        ProcessInstance instance = submitted();
        completeAs("clerk", ProcessIds.TASK_REVIEW_EVIDENCE, Map.of("missingItems", "registered lease"));

        var timers = managementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .orderByJobDuedate().asc().list();
        execute(timers.get(0));
        assertThat(instance).hasPassed("Event_RemindApplicant", "Task_RemindApplicant")
                .isWaitingAt(ProcessIds.TASK_AWAIT_APPLICANT);
        verify(delegate("remindApplicant")).execute(any());

        execute(timers.get(1));
        assertThat(instance).isEnded().hasPassed("Event_NoAnswer", "Task_WithdrawForNoAnswer",
                "Event_ApplicationWithdrawn").hasNotPassed("Task_DecideApplication");
        verify(delegate("withdrawForNoAnswer")).execute(any());
    }

    @Test
    void whenTheRegistryConfirmsTheCaseIsDecidedWithoutAClerk() throws Exception {
        given(eligibleFacts(), List.of(CHILD_1, CHILD_2));
        ProcessTestSupport.registry(true, false);
        ProcessInstance instance = submitted();

        assertThat(instance).hasPassedInOrder("Task_CheckHousingRegistry", "Task_DecideEligibility",
                "Task_DrawQualitySample", "Task_DecideAutomatically").hasNotPassed(ProcessIds.TASK_REVIEW_EVIDENCE)
                .isWaitingAt(ProcessIds.CALL_CHILD_PLACEMENT);
        placeEveryChild(instance, 2);
        assertThat(instance).isWaitingAt(ProcessIds.TASK_ISSUE_CERTIFICATES).hasNotPassed("Task_DecideApplication");
        execute(job());
        assertThat(instance).isEnded().hasPassed("Event_ApplicationApproved").hasNotPassed("Task_RecordApproval");
    }

    @Test
    void aSampledCaseGoesToAClerkDespiteTheRegistry() {
        given(eligibleFacts(), List.of(CHILD_1));
        ProcessTestSupport.registry(true, true);
        ProcessInstance instance = submitted();
        assertThat(instance).hasPassed("Task_DrawQualitySample").hasNotPassed("Task_DecideAutomatically")
                .isWaitingAt(ProcessIds.TASK_REVIEW_EVIDENCE);
    }

    @Test
    void aRegistryThatIsDownDelaysTheCaseAndLosesNothing() throws Exception {
        given(eligibleFacts(), List.of(CHILD_1));
        var calls = new java.util.concurrent.atomic.AtomicInteger();
        Mocks.register("checkHousingRegistry", (org.camunda.bpm.engine.delegate.JavaDelegate) e -> {
            if (calls.incrementAndGet() <= 2) {
                throw new IllegalStateException("housing registry unreachable");
            }
            e.setVariable("evidenceConfirmed", true);
        });
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(ProcessIds.RESIDENCY_APPLICATION,
                "AJ-2026-TEST0001", Map.of("applicationId", APPLICATION_ID, "district", "futian",
                        "decisionDeadline", "2026-12-13", "escalateAt", "2026-12-10T09:00+08:00"));
        assertThat(instance).isStarted();
        execute(job());
        for (int attempt = 1; attempt <= 2; attempt++) {
            var failing = managementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> managementService().executeJob(failing.getId()))
                    .hasMessageContaining("unreachable");
            var after = managementService().createJobQuery().jobId(failing.getId()).singleResult();
            org.assertj.core.api.Assertions.assertThat(after.getRetries()).isEqualTo(5 - attempt);
            org.assertj.core.api.Assertions.assertThat(after.getExceptionMessage()).contains("unreachable");
            assertThat(instance).isWaitingAt("Task_CheckHousingRegistry");
        }
        execute(managementService().createJobQuery().processInstanceId(instance.getId()).singleResult());
        assertThat(instance).hasPassed("Task_CheckHousingRegistry", "Task_DecideAutomatically");
    }

    @Test
    void aReviewNobodyClaimedCannotBeCompleted() {
        given(eligibleFacts(), List.of(CHILD_1));
        submitted();
        assertThatThrownBy(() -> taskService().complete(task().getId(), Map.of("evidenceAccepted", true)))
                .hasMessageContaining("Claim the review");
    }
}
