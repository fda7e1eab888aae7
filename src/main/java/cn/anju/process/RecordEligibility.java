package cn.anju.process;

import cn.anju.decision.CaseDecisions;
import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Puts the eligibility decision, with the rule's reason, on the timeline (end listener of the DMN task). */
@Component("recordEligibility")
class RecordEligibility implements ExecutionListener {

    private final CaseDecisions decisions;

    RecordEligibility(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        var variables = ProcessVariables.of(execution);
        decisions.eligibilityDecided(variables.applicationId(), variables.text(Var.ELIGIBILITY_REASON));
    }
}
