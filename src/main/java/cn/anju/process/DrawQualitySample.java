package cn.anju.process;

import cn.anju.decision.CaseDecisions;
import cn.anju.process.ProcessIds.Var;
import java.security.SecureRandom;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("drawQualitySample")
class DrawQualitySample implements JavaDelegate {

    private final CaseDecisions decisions;
    private final SecureRandom random = new SecureRandom();

    DrawQualitySample(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Var.DECIDED_AUTOMATICALLY, false);
        boolean confirmed = Boolean.TRUE.equals(execution.getVariable(Var.EVIDENCE_CONFIRMED));
        execution.setVariable(Var.SAMPLED_FOR_REVIEW,
                confirmed && decisions.drawForQualityReview(ProcessVariables.of(execution).applicationId(), random));
    }
}
