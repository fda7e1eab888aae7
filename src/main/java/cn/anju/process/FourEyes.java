package cn.anju.process;

import cn.anju.decision.CaseDecisions;
import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The decision is never taken by the person who reviewed the evidence: checked when the task is
 * assigned and again when it is completed, whichever client is used. The reviewer and the verdict
 * are read from the case's timeline, not from process variables a client could overwrite.
 */
@Component("fourEyes")
class FourEyes implements TaskListener {

    private final CaseDecisions decisions;

    FourEyes(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        var variables = ProcessVariables.of(task);
        var review = decisions.review(variables.applicationId())
                .orElseThrow(() -> new ProcessEngineException("The evidence has not been reviewed"));
        String actor = TaskActor.of(task);
        if (actor != null && actor.equals(review.reviewer())) {
            throw new FourEyesViolation(actor);
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        if (actor == null) {
            throw new TaskRefused("Claim the decision before completing it: the decider must be known");
        }
        if (!(task.getVariable(Var.APPROVED) instanceof Boolean)) {
            throw new TaskRefused("Say whether the application is approved (true or false)");
        }
        String note = TaskInput.note(task, Var.DECISION_NOTE);
        if (!variables.approved() && note == null) {
            throw new TaskRefused("A rejection needs its reasons in the decision note");
        }
        if (variables.approved() && !review.evidenceAccepted()) {
            throw new TaskRefused(
                    "The evidence was not accepted in review, so the application cannot be approved");
        }
        task.getExecution().setVariable(Var.DECIDED_BY, actor);
    }

    /** Thrown when the reviewer tries to take or complete the decision on their own review. */
    static class FourEyesViolation extends TaskRefused {
        FourEyesViolation(String user) {
            super("Four eyes: " + user + " reviewed the evidence and may not also decide the application");
        }
    }
}
