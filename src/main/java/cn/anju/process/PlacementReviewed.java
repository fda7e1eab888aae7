package cn.anju.process;

import cn.anju.placement.PlacementRefusedException;
import cn.anju.placement.PlacementService;
import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * An officer completes a follow-up task: confirms the automatic school or clinic, or overrides it
 * with a reason (the ledger moves the seat or registration; certificates already issued are
 * replaced), or records the catch-up vaccination check. A refused override keeps the task open.
 */
@Component("placementReviewed")
class PlacementReviewed implements TaskListener {

    static final String CONFIRM = "CONFIRM";
    static final String OVERRIDE = "OVERRIDE";

    private final PlacementService placements;

    PlacementReviewed(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    public void notify(DelegateTask task) {
        String officer = TaskActor.of(task);
        if (officer == null) {
            throw new ProcessEngineException("Claim the task before completing it: the officer must be known");
        }
        var childId = ProcessVariables.of(task).childId();
        try {
            switch (task.getTaskDefinitionKey()) {
                case ProcessIds.TASK_CONFIRM_SCHOOL -> {
                    if (decision(task, Var.SCHOOL_DECISION)) {
                        placements.overrideSchool(childId, TaskInput.name(task, Var.SCHOOL_OVERRIDE, true),
                                TaskInput.number(task, Var.SCHOOL_OVERRIDE_GRADE, 1, 9),
                                required(TaskInput.note(task, Var.SCHOOL_OVERRIDE_REASON), Var.SCHOOL_OVERRIDE_REASON), officer);
                    } else {
                        placements.confirmed(childId, "SCHOOL_PLACEMENT", officer);
                    }
                }
                case ProcessIds.TASK_CONFIRM_CLINIC -> {
                    if (decision(task, Var.CLINIC_DECISION)) {
                        placements.overrideClinic(childId, TaskInput.name(task, Var.CLINIC_OVERRIDE, true),
                                required(TaskInput.note(task, Var.CLINIC_OVERRIDE_REASON), Var.CLINIC_OVERRIDE_REASON), officer);
                    } else {
                        placements.confirmed(childId, "CLINIC_REGISTRATION", officer);
                    }
                }
                case ProcessIds.TASK_CATCH_UP_VACCINATION -> {
                    if (!Boolean.TRUE.equals(task.getVariable(Var.VACCINATION_CHECKED))) {
                        throw new ProcessEngineException(Var.VACCINATION_CHECKED + " must be ticked: the check is done");
                    }
                    placements.catchUpVaccinationChecked(childId, officer, TaskInput.note(task, Var.VACCINATION_NOTE));
                }
                default -> throw new ProcessEngineException("No follow-up for task " + task.getTaskDefinitionKey());
            }
        } catch (PlacementRefusedException refused) {
            throw new ProcessEngineException(refused.getMessage());
        }
    }

    /** True for an override; the officer must choose one of the two. */
    private static boolean decision(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        if (CONFIRM.equals(value)) {
            return false;
        }
        if (OVERRIDE.equals(value)) {
            return true;
        }
        throw new ProcessEngineException(name + " must be " + CONFIRM + " or " + OVERRIDE);
    }

    private static String required(String value, String name) {
        if (value == null) {
            throw new ProcessEngineException(name + " is required: say why the placement changes");
        }
        return value;
    }
}
