package cn.anju.process;

import cn.anju.placement.PlacementService;
import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Offers the automatic placement to the education and health officers of the district where the
 * family lives (and the catch-up vaccination to its clinic) in a process of its own, so that their
 * follow-up never holds up the decision. The follow-up's id is recorded with the child: its tasks
 * find the child there, never in a variable a client could overwrite.
 */
@Component("openPlacementFollowUp")
class OpenPlacementFollowUp implements JavaDelegate {

    private final PlacementService placements;

    OpenPlacementFollowUp(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = ProcessVariables.of(execution);
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        String childId = v.childId().toString();
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(execution.getProcessBusinessKey())
                .processDefinitionKey(ProcessIds.PLACEMENT_FOLLOW_UP).variableValueEquals(Var.CHILD_ID, childId).count() > 0) {
            return;
        }
        var variables = Variables.createVariables()
                .putValue(Var.APPLICATION_ID, v.applicationId().toString())
                .putValue(Var.CHILD_ID, childId)
                .putValue(Var.DISTRICT, placements.homeDistrict(v.childId()).key())
                .putValue(Var.SCHOOL_ENTRY, v.text(Var.SCHOOL_ENTRY))
                .putValue(Var.GRADE, v.integer(Var.GRADE))
                .putValue(Var.SCHOOL_PLACEMENT, v.text(Var.SCHOOL_PLACEMENT))
                .putValue(Var.CATCH_UP_VACCINATION, Boolean.TRUE.equals(execution.getVariable(Var.CATCH_UP_VACCINATION)))
                .putValue(Var.CATCH_UP_DUE, execution.getVariable(Var.CATCH_UP_DUE));
        var followUp = runtime.startProcessInstanceByKey(ProcessIds.PLACEMENT_FOLLOW_UP, execution.getProcessBusinessKey(),
                variables);
        placements.followUpOpened(v.childId(), followUp.getId());
    }
}
