package cn.anju.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/eligibility.dmn with its policy parameters (on-arrival defaults of DOMAIN.md). */
@Deployment(resources = "processes/eligibility.dmn")
class EligibilityDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-tests.camunda.cfg.xml").build();

    private static Map<String, Object> eligibleLease() {
        Map<String, Object> facts = new HashMap<>();
        facts.put("city", "Shenzhen");
        facts.put("hasEligibleApplicant", true);
        facts.put("residenceMonths", 0);
        facts.put("housingType", "LEASE");
        facts.put("leaseRunning", true);
        facts.put("leaseRegistered", true);
        facts.put("leaseMonthsRemaining", 0);
        return facts;
    }

    private String decide(Map<String, Object> facts) {
        DecisionService decisions = engine.getProcessEngine().getDecisionService();
        return decisions.evaluateDecisionTableByKey("eligibility", facts).getSingleEntry();
    }

    @Test
    void aFamilyThatArrivedTodayWithARunningRegisteredLeaseIsEligible() {
        assertThat(decide(eligibleLease())).isEqualTo("ELIGIBLE");
    }

    @Test
    void aPropertyDeedNeedsNoLeaseFacts() {
        Map<String, Object> facts = eligibleLease();
        facts.put("housingType", "PROPERTY");
        facts.put("leaseRunning", null);
        facts.put("leaseRegistered", null);
        facts.put("leaseMonthsRemaining", null);
        assertThat(decide(facts)).isEqualTo("ELIGIBLE");
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource({
            "hasEligibleApplicant, false, NO_PARENT_OR_GUARDIAN_16",
            "housingType, EMPLOYER_HOUSING, EVIDENCE_TYPE_NOT_ACCEPTED",
            "leaseRunning, false, LEASE_NOT_RUNNING",
            "leaseRegistered, false, LEASE_NOT_REGISTERED"})
    void eachFailingRuleGivesItsReason(String fact, String value, String reason) {
        Map<String, Object> facts = eligibleLease();
        facts.put(fact, "false".equals(value) ? Boolean.FALSE : value);
        assertThat(decide(facts)).isEqualTo(reason);
    }

    @Test
    void theFirstFailingRuleWinsInTableOrder() {
        Map<String, Object> facts = eligibleLease();
        facts.put("hasEligibleApplicant", false);
        facts.put("leaseRegistered", false);
        assertThat(decide(facts)).isEqualTo("NO_PARENT_OR_GUARDIAN_16");
    }

    @Test
    void policyParametersComeFromThePolicyTable() {
        var policy = engine.getProcessEngine().getDecisionService()
                .evaluateDecisionTableByKey("eligibilityPolicy", Map.of("city", "Shenzhen")).getSingleResult();
        assertThat(policy.getEntryMap()).containsEntry("minResidenceMonths", 0)
                .containsEntry("minLeaseMonthsRemaining", 0).containsEntry("leaseMustBeRegistered", true);
    }
}
