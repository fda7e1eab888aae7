package cn.anju.process;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * {@link EngineCommandGuard}'s checks of claims, assignments, completions and task saves (the rules are
 * in its Javadoc), and the refusal every check throws.
 */
final class TaskCommands {

    private final TaskForms forms = new TaskForms();

    static void checkClaim(Command<?> command, String userId, CommandContext context) {
        String claimant = CommandFields.read(command, "userId", String.class).orElse(null);
        if (!CommandFields.has(command, "userId") || !userId.equals(claimant)) {
            throw refused(command, "claims a task for oneself only");
        }
        TaskEntity task = task(command, context);
        if (task == null) {
            return; // Camunda answers for a task that does not exist
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(userId)) {
            throw refused(command, "cannot take a task assigned to someone else");
        }
        // Managers may read every task, but a case is decided by the role it is offered to.
        IdentityService identity = context.getProcessEngineConfiguration().getIdentityService();
        if (!context.runWithoutAuthorization(() -> TaskCandidates.mayWork(userId, task.getIdentityLinks(), identity))) {
            throw refused(command, "claims only a task offered to one's own groups");
        }
    }

    static void checkAssign(Command<?> command, CommandContext context) {
        String assignee = CommandFields.read(command, "userId", String.class).orElse(null);
        if (assignee == null && CommandFields.has(command, "userId")) {
            return; // unclaim: the task goes back to its candidates
        }
        TaskEntity task = task(command, context);
        if (task == null) {
            return; // Camunda answers for a task that does not exist
        }
        IdentityService identity = context.getProcessEngineConfiguration().getIdentityService();
        if (!context.runWithoutAuthorization(() -> TaskCandidates.mayWork(assignee, task.getIdentityLinks(), identity))) {
            throw refused(command, "assigns a task to one of its candidates only");
        }
    }

    void checkCompletion(Command<?> command, String userId, CommandContext context) {
        TaskEntity task = task(command, context);
        if (task == null) {
            return;
        }
        // Whoever claimed it finishes it: a colleague of the same group takes it over only through a
        // supervisor's reassignment, so the timeline always names who worked the case.
        if (!userId.equals(task.getAssignee())) {
            throw refused(command, "completes only a task one has claimed");
        }
        Optional<TaskFormSchema> form = forms.of(task, context);
        if (form.isEmpty()) {
            return;
        }
        String field = command instanceof SubmitTaskFormCmd ? "properties" : "variables";
        if (!CommandFields.has(command, field)) {
            throw refused(command, "carries variables this guard cannot read"); // a Camunda upgrade renamed it
        }
        Map<?, ?> variables = CommandFields.read(command, field, Map.class).orElse(Map.of());
        @SuppressWarnings("unchecked")
        Optional<String> problem = form.get().problem((Map<String, ?>) variables);
        if (problem.isPresent()) {
            String message = "The completion was refused, nothing of it is kept: " + problem.get();
            throw command instanceof ResolveTaskCmd ? new BadUserRequestException(message)
                    : new FormFieldValidationException(problem.get(), message);
        }
    }

    static void checkSaveTask(Command<?> command, CommandContext context) {
        TaskEntity task = CommandFields.read(command, "task", TaskEntity.class).orElse(null);
        if (task == null || task.getId() != null && context.getTaskManager().findTaskById(task.getId()) != null) {
            throw refused(command, "would change a task outside its model");
        }
    }

    private static TaskEntity task(Command<?> command, CommandContext context) {
        String taskId = CommandFields.read(command, "taskId", String.class)
                .orElseThrow(() -> refused(command, "names no task"));
        return context.getTaskManager().findTaskById(taskId);
    }

    static ProcessEngineException refused(Command<?> command, String why) {
        return new AuthorizationException(command.getClass().getSimpleName() + " " + why);
    }
}
