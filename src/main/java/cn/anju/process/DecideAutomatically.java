package cn.anju.process;

import cn.anju.decision.CaseDecisions;
import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the straight-through approval as automatic, with its reasons; placement and certificates follow. */
@Component("decideAutomatically")
class DecideAutomatically implements JavaDelegate {

    private final CaseDecisions decisions;

    DecideAutomatically(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = ProcessVariables.of(execution);
        decisions.approveAutomatically(variables.applicationId(), variables.text(Var.ELIGIBILITY_REASON));
        execution.setVariable(Var.DECIDED_AUTOMATICALLY, true);
        execution.setVariable(Var.EVIDENCE_ACCEPTED, true);
    }
}
