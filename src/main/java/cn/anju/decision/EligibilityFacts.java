package cn.anju.decision;

/**
 * What the eligibility rules (processes/eligibility.dmn) decide on: counts and flags only, never a
 * name or a number, since these become process variables.
 */
public record EligibilityFacts(
        String city,
        boolean hasEligibleApplicant,
        int residenceMonths,
        String housingType,
        Boolean leaseRunning,
        Boolean leaseRegistered,
        Integer leaseMonthsRemaining) {
}
