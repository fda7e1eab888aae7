package cn.anju.process;

import cn.anju.application.ApplicantResponded;
import cn.anju.application.ResponseNotExpectedException;
import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Resumes the waiting process when the family answers, in the answering transaction. Exactly one
 * answer is correlated: a second, even at the same moment, finds nothing waiting and is refused.
 */
@Component
class ApplicantResponseCorrelator {

    private final RuntimeService runtime;

    ApplicantResponseCorrelator(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(ApplicantResponded responded) {
        try {
            runtime.createMessageCorrelation(ProcessIds.MESSAGE_APPLICANT_RESPONDED)
                    .processInstanceBusinessKey(responded.reference())
                    .setVariable(Var.PAUSED_DAYS, (int) Math.min(Integer.MAX_VALUE, responded.pausedDays()))
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException | OptimisticLockingException e) {
            throw new ResponseNotExpectedException("The application is not waiting for an answer");
        }
    }
}
