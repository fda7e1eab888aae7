package cn.anju.process;

import cn.anju.placement.PlacementRefusedException;
import cn.anju.placement.PlacementService;
import cn.anju.process.ProcessIds.Var;
import cn.anju.security.Role;
import cn.anju.security.UserDirectory;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * An officer completes a follow-up task: confirms the automatic school or clinic, or overrides it
 * with a reason (the ledger moves the seat or registration; certificates already issued are
 * replaced), or records the catch-up vaccination check. The child is the follow-up's (recorded when
 * it was opened), the officer must belong to the role's group of the family's district, and a refused
 * override keeps the task open.
 */
@Component("placementReviewed")
class PlacementReviewed implements TaskListener {

    static final String CONFIRM = "CONFIRM";
    /** What the clinic found, as a code: the child's health record itself stays with the clinic. */
    static final List<String> VACCINATION_OUTCOMES = List.of("RECORD_COMPLETE", "CAUGHT_UP", "SCHEDULED");
    static final String OVERRIDE = "OVERRIDE";

    private final PlacementService placements;

    PlacementReviewed(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    public void notify(DelegateTask task) {
        String officer = TaskActor.of(task);
        if (officer == null) {
            throw new TaskRefused("Claim the task before completing it: the officer must be known");
        }
        UUID childId = placements.childOfFollowUp(task.getProcessInstanceId())
                .orElseThrow(() -> new ProcessEngineException("This follow-up names no child"));
        try {
            Role role = ProcessIds.TASK_CONFIRM_SCHOOL.equals(task.getTaskDefinitionKey())
                    ? Role.EDUCATION_OFFICER : Role.HEALTH_OFFICER;
            String group = UserDirectory.candidateGroup(role, placements.homeDistrict(childId));
            if (task.getProcessEngineServices().getIdentityService().createGroupQuery().groupMember(officer)
                    .groupId(group).count() == 0) {
                throw new TaskRefused(officer + " is not in " + group + ": only its officers follow this child up");
            }
            switch (task.getTaskDefinitionKey()) {
                case ProcessIds.TASK_CONFIRM_SCHOOL -> {
                    if (decision(task, Var.SCHOOL_DECISION)) {
                        placements.overrideSchool(childId, TaskInput.name(task, Var.SCHOOL_OVERRIDE, true),
                                TaskInput.number(task, Var.SCHOOL_OVERRIDE_GRADE, 1, 9),
                                required(TaskInput.note(task, Var.SCHOOL_OVERRIDE_REASON), Var.SCHOOL_OVERRIDE_REASON), officer);
                    } else {
                        placements.confirmSchool(childId, officer);
                    }
                }
                case ProcessIds.TASK_CONFIRM_CLINIC -> {
                    if (decision(task, Var.CLINIC_DECISION)) {
                        placements.overrideClinic(childId, TaskInput.name(task, Var.CLINIC_OVERRIDE, true),
                                required(TaskInput.note(task, Var.CLINIC_OVERRIDE_REASON), Var.CLINIC_OVERRIDE_REASON), officer);
                    } else {
                        placements.confirmClinic(childId, officer);
                    }
                }
                case ProcessIds.TASK_CATCH_UP_VACCINATION -> {
                    Object outcome = task.getVariable(Var.VACCINATION_OUTCOME);
                    if (!VACCINATION_OUTCOMES.contains(outcome)) {
                        throw new TaskRefused(Var.VACCINATION_OUTCOME + " must be one of " + VACCINATION_OUTCOMES);
                    }
                    placements.catchUpVaccinationChecked(childId, officer, (String) outcome);
                }
                default -> throw new IllegalStateException("No follow-up for task " + task.getTaskDefinitionKey());
            }
        } catch (PlacementRefusedException refused) {
            throw new TaskRefused(refused.getMessage());
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
        throw new TaskRefused(name + " must be " + CONFIRM + " or " + OVERRIDE);
    }

    private static String required(String value, String name) {
        if (value == null) {
            throw new TaskRefused(name + " is required: say why the placement changes");
        }
        return value;
    }
}
