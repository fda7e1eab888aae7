package cn.anju.process;

import cn.anju.decision.CaseDecisions;
import cn.anju.decision.OneTimeNotice;
import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing the evidence review: either a list of everything missing (one notice to the family),
 * or a verdict; the reviewer is remembered for the four-eyes rule, and evidence found wanting must
 * say why.
 */
@Component("evidenceReviewed")
class EvidenceReviewed implements TaskListener {

    private final CaseDecisions decisions;
    private final OneTimeNotice notices;

    EvidenceReviewed(CaseDecisions decisions, OneTimeNotice notices) {
        this.decisions = decisions;
        this.notices = notices;
    }

    @Override
    public void notify(DelegateTask task) {
        String reviewer = TaskActor.of(task);
        if (reviewer == null) {
            throw new TaskRefused("Claim the review before completing it: the reviewer must be known");
        }
        var variables = ProcessVariables.of(task);
        // Routing after placement depends on this: a reviewed case is never an automatic decision,
        // whatever variables the completing client sends.
        task.getExecution().setVariable(Var.DECIDED_AUTOMATICALLY, false);
        String missing = TaskInput.note(task, Var.MISSING_ITEMS);
        if (missing != null && notices.alreadySent(variables.applicationId())) {
            throw new TaskRefused("The one-time notice was already sent: decide on the evidence now");
        }
        task.getExecution().setVariable(Var.ITEMS_MISSING, missing != null);
        if (missing != null) {
            task.getExecution().setVariable(Var.NOTICE_SENT_BY, reviewer);
            return; // the one-time notice goes out; the review resumes when the family answers
        }
        if (!(task.getVariable(Var.EVIDENCE_ACCEPTED) instanceof Boolean)) {
            throw new TaskRefused("Say whether the evidence is accepted (true or false)");
        }
        String note = TaskInput.note(task, Var.REVIEW_NOTE);
        if (!variables.evidenceAccepted() && note == null) {
            throw new TaskRefused("Evidence not accepted: write the reasons in the review note");
        }
        task.getExecution().setVariable(Var.REVIEWED_BY, reviewer);
        decisions.evidenceReviewed(variables.applicationId(), reviewer, variables.evidenceAccepted(), note);
    }
}
