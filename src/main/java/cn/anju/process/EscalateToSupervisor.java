package cn.anju.process;

import cn.anju.decision.CaseDecisions;
import cn.anju.process.ProcessIds.Var;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * The decision is due soon: every open task of the case (its own and its children's placements)
 * goes to the top of Tasklist, and the district's supervisors may take over an unfinished review.
 */
@Component("escalateToSupervisor")
class EscalateToSupervisor implements JavaDelegate {

    static final int HIGH_PRIORITY = 90;

    private final CaseDecisions decisions;

    EscalateToSupervisor(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (Boolean.TRUE.equals(execution.getVariable(Var.DECIDED_AUTOMATICALLY))) {
            return; // decided already: the legal deadline was met
        }
        var tasks = execution.getProcessEngineServices().getTaskService();
        String supervisors = "supervisor-" + execution.getVariable(Var.DISTRICT);
        var open = tasks.createTaskQuery().processInstanceBusinessKey(execution.getProcessBusinessKey()).active()
                .list();
        for (var task : open) {
            tasks.setPriority(task.getId(), HIGH_PRIORITY);
            boolean review = ProcessIds.TASK_REVIEW_EVIDENCE.equals(task.getTaskDefinitionKey());
            if (review && tasks.getIdentityLinksForTask(task.getId()).stream()
                    .noneMatch(link -> supervisors.equals(link.getGroupId()))) {
                tasks.addGroupIdentityLink(task.getId(), supervisors, IdentityLinkType.CANDIDATE);
            }
        }
        decisions.escalated(ProcessVariables.of(execution).applicationId(),
                LocalDate.parse(ProcessVariables.of(execution).text(Var.DECISION_DEADLINE)));
    }
}
