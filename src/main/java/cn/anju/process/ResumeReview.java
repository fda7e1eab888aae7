package cn.anju.process;

import cn.anju.decision.CaseDecisions;
import cn.anju.decision.OneTimeNotice;
import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The family answered: the legal clock, stopped while the office waited, moves the deadline on. */
@Component("resumeReview")
class ResumeReview implements JavaDelegate {

    private final OneTimeNotice notices;
    private final CaseDecisions decisions;

    ResumeReview(OneTimeNotice notices, CaseDecisions decisions) {
        this.notices = notices;
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = ProcessVariables.of(execution);
        Integer paused = variables.integer(Var.PAUSED_DAYS);
        var decideBy = notices.extendDeadline(variables.applicationId(), paused == null ? 0 : paused);
        var deadline = decisions.deadlineMoved(decideBy);
        execution.setVariable(Var.DECISION_DEADLINE, deadline.decideBy().toString());
        execution.setVariable(Var.ESCALATE_AT, deadline.escalateAt().toString());
        execution.setVariable(Var.ITEMS_MISSING, false);
    }
}
