package cn.anju.process;

import cn.anju.decision.CaseDecisions;
import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("recordApproval")
class RecordApproval implements JavaDelegate {

    private final CaseDecisions decisions;

    RecordApproval(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = ProcessVariables.of(execution);
        decisions.approve(variables.applicationId(), variables.text(Var.DECIDED_BY), variables.text(Var.DECISION_NOTE));
    }
}
