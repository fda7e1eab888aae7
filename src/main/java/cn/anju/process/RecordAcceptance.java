package cn.anju.process;

import cn.anju.decision.CaseDecisions;
import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The application is accepted: status IN_REVIEW, and the legal deadline becomes the tasks' due date. */
@Component("recordAcceptance")
class RecordAcceptance implements JavaDelegate {

    private final CaseDecisions decisions;

    RecordAcceptance(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var deadline = decisions.accept(ProcessVariables.of(execution).applicationId());
        execution.setVariable(Var.DECISION_DEADLINE, deadline.decideBy().toString());
        execution.setVariable(Var.ESCALATE_AT, deadline.escalateAt().toString());
    }
}
