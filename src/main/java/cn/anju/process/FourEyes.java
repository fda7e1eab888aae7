package cn.anju.process;

import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The decision is never taken by the person who reviewed the evidence: checked when the task is
 * assigned and again when it is completed (the engine refuses, whichever client is used).
 */
@Component("fourEyes")
class FourEyes implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String actor = TaskActor.of(task);
        var variables = ProcessVariables.of(task);
        String reviewer = variables.reviewedBy();
        if (actor != null && actor.equals(reviewer)) {
            throw new FourEyesViolation(actor);
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        if (actor == null) {
            throw new ProcessEngineException("Claim the decision before completing it: the decider must be known");
        }
        if (task.getVariable(Var.APPROVED) == null) {
            throw new ProcessEngineException("Say whether the application is approved");
        }
        String note = variables.text(Var.DECISION_NOTE);
        if (!variables.approved() && (note == null || note.isBlank())) {
            throw new ProcessEngineException("A rejection needs its reasons in the decision note");
        }
        if (variables.approved() && !variables.evidenceAccepted()) {
            throw new ProcessEngineException(
                    "The evidence was not accepted in review, so the application cannot be approved");
        }
        task.getExecution().setVariable(Var.DECIDED_BY, actor);
    }

    /** Thrown when the reviewer tries to take or complete the decision on their own review. */
    static class FourEyesViolation extends ProcessEngineException {
        FourEyesViolation(String user) {
            super("Four eyes: " + user + " reviewed the evidence and may not also decide the application");
        }
    }
}
