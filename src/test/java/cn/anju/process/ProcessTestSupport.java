package cn.anju.process;

import static org.mockito.Mockito.mock;

import cn.anju.decision.CaseDecisions;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Wires the process tests' engine: listeners for real, delegates and the domain mocked. */
final class ProcessTestSupport {

    static final String APPLICATION_ID = "6f1c1a52-8f0e-4a7c-9d55-2f0f3c3b9a10";
    static final String CHILD_1 = "0b8e8d0e-1111-4c5e-8a0e-000000000001";
    static final String CHILD_2 = "0b8e8d0e-2222-4c5e-8a0e-000000000002";

    private ProcessTestSupport() {
    }

    /** The facts of an eligible family: a parent, a running registered lease. */
    static Map<String, Object> eligibleFacts() {
        return Map.of("city", "Shenzhen", "hasEligibleApplicant", true, "residenceMonths", 0,
                "housingType", "LEASE", "leaseRunning", true, "leaseRegistered", true, "leaseMonthsRemaining", 11);
    }

    static CaseDecisions registerMocks(Map<String, Object> facts, List<String> childIds) {
        CaseDecisions decisions = mock(CaseDecisions.class);
        // The review as the timeline would hold it: the four-eyes check reads it from there.
        var review = new java.util.concurrent.atomic.AtomicReference<CaseDecisions.Review>();
        org.mockito.Mockito.doAnswer(call -> {
            review.set(new CaseDecisions.Review(call.getArgument(1), call.getArgument(2)));
            return null;
        }).when(decisions).evidenceReviewed(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.anyBoolean(), org.mockito.ArgumentMatchers.any());
        org.mockito.Mockito.when(decisions.review(org.mockito.ArgumentMatchers.any()))
                .thenAnswer(call -> java.util.Optional.ofNullable(review.get()));
        ChildrenOfApplication children = mock(ChildrenOfApplication.class);
        org.mockito.Mockito.when(children.idsOf(APPLICATION_ID)).thenReturn(childIds);
        Mocks.register("children", children);
        Mocks.register("gatherEligibilityFacts", (JavaDelegate) execution -> execution.setVariables(facts));
        Mocks.register("recordEligibility", mock(RecordEligibility.class));
        for (String delegate : List.of("recordAcceptance", "recordRejection", "recordApproval", "issueCertificates",
                "recordChildOutcome", "escalateToSupervisor", "remindApplicant", "withdrawForNoAnswer",
                "handOverTransport", "openPlacementFollowUp")) {
            Mocks.register(delegate, mock(JavaDelegate.class));
        }
        Mocks.register("evidenceReviewed", new EvidenceReviewed(decisions, mock(cn.anju.decision.OneTimeNotice.class)));
        Mocks.register("fourEyes", new FourEyes(decisions));
        // The notice's timers and the resumed review's variables, as the real delegates set them.
        Mocks.register("sendOneTimeNotice", (JavaDelegate) execution -> {
            execution.setVariable("noticeRespondBy", "2026-12-28T01:00:00Z");
            execution.setVariable("noticeRemindAt", "2026-12-23T01:00:00Z");
            execution.removeVariable("missingItems");
        });
        Mocks.register("resumeReview", (JavaDelegate) execution -> execution.setVariable("itemsMissing", false));
        registry(false, false);
        schoolAge("2017-09-15"); // 8 on 31 August 2026: grade 3
        Mocks.register("schoolEntryDecided", new SchoolEntryDecided());
        Mocks.register("decideAutomatically", (JavaDelegate) execution -> {
            execution.setVariable("decidedAutomatically", true);
            execution.setVariable("evidenceAccepted", true);
        });
        seat("CATCHMENT", false);
        clinic(false);
        return decisions;
    }

    /** What the seat ledger will answer: how the seat was found, and whether the school is too far to walk. */
    static void seat(String basis, boolean transportNeeded) {
        Mocks.register("allocateSchoolSeat", (JavaDelegate) e -> {
            e.setVariable("schoolPlacement", basis);
            e.setVariable("transportNeeded", transportNeeded);
        });
    }

    /** The clinic registration; without a vaccination certificate, a catch-up check due on 29 December 2026. */
    static void clinic(boolean catchUpVaccination) {
        Mocks.register("registerAtClinic", (JavaDelegate) e -> {
            e.setVariable("catchUpVaccination", catchUpVaccination);
            if (catchUpVaccination) {
                e.setVariable("catchUpDue", java.util.Date.from(java.time.Instant.parse("2026-12-29T09:00:00Z")));
            }
        });
    }

    /** What the housing registry check and the quality-control draw will say. */
    static void registry(boolean confirmed, boolean sampled) {
        Mocks.register("checkHousingRegistry", (JavaDelegate) e -> e.setVariable("evidenceConfirmed", confirmed));
        Mocks.register("drawQualitySample", (JavaDelegate) e -> {
            e.setVariable("decidedAutomatically", false);
            e.setVariable("sampledForReview", sampled);
        });
    }

    /** The child's birth date as ReadSchoolAge hands it over: transient, never stored. */
    static void schoolAge(String birthDate) {
        Mocks.register("readSchoolAge", (JavaDelegate) e -> {
            e.setVariable("birthDate", org.camunda.bpm.engine.variable.Variables.stringValue(birthDate, true));
            e.setVariable("schoolYearStart", 2026);
        });
    }

    static JavaDelegate delegate(String name) {
        return (JavaDelegate) Mocks.get(name);
    }
}
