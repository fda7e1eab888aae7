package cn.anju.process;

import cn.anju.decision.EligibilityFactsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the facts the eligibility DMN decides on into the process, as flags and counts only. */
@Component("gatherEligibilityFacts")
class GatherEligibilityFacts implements JavaDelegate {

    private final EligibilityFactsService facts;

    GatherEligibilityFacts(EligibilityFactsService facts) {
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var f = facts.factsOf(ProcessVariables.of(execution).applicationId());
        execution.setVariable("city", f.city());
        execution.setVariable("hasEligibleApplicant", f.hasEligibleApplicant());
        execution.setVariable("residenceMonths", f.residenceMonths());
        execution.setVariable("housingType", f.housingType());
        execution.setVariable("leaseRunning", f.leaseRunning());
        execution.setVariable("leaseRegistered", f.leaseRegistered());
        execution.setVariable("leaseMonthsRemaining", f.leaseMonthsRemaining());
    }
}
