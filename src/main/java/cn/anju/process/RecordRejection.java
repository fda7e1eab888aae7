package cn.anju.process;

import cn.anju.application.CaseLog;
import cn.anju.decision.CaseDecisions;
import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Rejects with reasons: the supervisor's, or when the rules found the family not eligible, the
 * rule's reason code.
 */
@Component("recordRejection")
class RecordRejection implements JavaDelegate {

    private final CaseDecisions decisions;

    RecordRejection(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = ProcessVariables.of(execution);
        String decidedBy = variables.text(Var.DECIDED_BY);
        String reasons = decidedBy != null ? variables.text(Var.DECISION_NOTE)
                : "Not eligible: " + variables.text(Var.ELIGIBILITY_REASON);
        decisions.reject(variables.applicationId(), decidedBy != null ? decidedBy : CaseLog.SYSTEM, reasons);
    }
}
