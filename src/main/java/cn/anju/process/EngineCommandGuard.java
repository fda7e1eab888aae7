package cn.anju.process;

import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.RegisterDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.RegisterProcessApplicationCmd;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.UnregisterDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.UnregisterProcessApplicationCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What an engine user (signed in to engine REST or a Camunda webapp) may do to the engine, whatever
 * door the command came through: a case moves only along its model, by its district's staff. The
 * application's own services, delegates, timers and {@link ProcessDeployer} run without an engine user
 * and are not checked; neither are commands nested in a checked one (a listener completing something
 * internally). Refusals are AuthorizationException (REST: 403) or, for the variables of a completion,
 * a form validation failure (400; BadUserRequestException for resolve, whose REST resource would turn a
 * FormFieldValidationException into a 500).
 *
 * <p>The decisions, per command of Camunda 7.24 (impl/cmd, impl/cmd/batch, impl/migration, impl/batch):
 * <ul>
 * <li>Claim ({@code ClaimTaskCmd}): only for oneself ("claim {}" would clear anyone's assignment),
 *     only a task that is free or already one's own, and only one offered to oneself or one's groups
 *     (a manager reads every task but does not decide a supervisor's case).</li>
 * <li>Assign ({@code AssignTaskCmd}, TASK_ASSIGN: managers): to nobody, or to a candidate of the task
 *     (a candidate user, or a member of one of its candidate groups), never across districts. Supervisors
 *     reassign through {@code POST /api/tasks/{id}/assignee} (TaskAssignmentController).</li>
 * <li>Complete, submit-form, resolve ({@code CompleteTaskCmd}, {@code SubmitTaskFormCmd},
 *     {@code ResolveTaskCmd}): only by the task's assignee (claimed first, as Tasklist does), and only
 *     the variables the task's Camunda Form defines, of its types and within its limits
 *     ({@link TaskFormSchema}); a case task without such a form takes none.</li>
 * <li>Refused outright, because they end or divert a case outside its model: see
 *     {@link CommandsOutsideTheModel}.</li>
 * <li>Deployments ({@code DeployCmd}, also redeploy; {@code DeleteDeploymentCmd},
 *     {@code AbstractDeleteProcessDefinitionCmd}, {@code RegisterDeploymentCmd},
 *     {@code UnregisterDeploymentCmd}, {@code RegisterProcessApplicationCmd},
 *     {@code UnregisterProcessApplicationCmd}): only the deployer identity
 *     ({@code anju.engine.deployer-user}, off when empty): a deployed model runs any code, and a manager
 *     can grant himself DEPLOYMENT CREATE in Camunda Admin. Even the deployer never deletes cascading to
 *     running instances.</li>
 * <li>Comments and attachments: see {@link TaskNotes}.</li>
 * <li>Left to Camunda's authorizations: reads and queries, filters, identity and authorization
 *     administration (a manager's job), suspension and activation of instances, definitions, jobs and batches
 *     (reversible, leave the process in place), job retries and priorities, incidents, external tasks (the
 *     models have none), history deletion (finished instances only), decisions, telemetry, metrics,
 *     licence and properties.</li>
 * </ul>
 * Installed after the command context is opened (a post-interceptor), so that the checks read the task
 * in the command's own transaction.
 */
@Component
class EngineCommandGuard extends AbstractProcessEnginePlugin {

    private final String deployerUser;
    private final TaskForms forms = new TaskForms();

    EngineCommandGuard(@Value("${anju.engine.deployer-user:}") String deployerUser) {
        this.deployerUser = deployerUser == null || deployerUser.isBlank() ? null : deployerUser.strip();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new Interceptor());
    }

    private final class Interceptor extends CommandInterceptor {

        /** Commands under way on this thread: only the outermost one is the user's. */
        private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

        @Override
        public <T> T execute(Command<T> command) {
            int[] level = depth.get();
            level[0]++;
            try {
                if (level[0] == 1) {
                    CommandContext context = Context.getCommandContext();
                    Authentication user = context.getAuthentication();
                    if (user != null && user.getUserId() != null) {
                        check(command, user.getUserId(), context);
                    }
                }
                return next.execute(command);
            } catch (ProcessEngineException e) {
                // The engine wraps what a task listener throws; a refusal of the user's input stays one (400).
                var refused = level[0] == 1 ? TaskRefused.within(e) : Optional.<TaskRefused>empty();
                if (refused.isPresent()) {
                    throw refused.get();
                }
                throw e;
            } finally {
                level[0]--;
            }
        }
    }

    void check(Command<?> command, String userId, CommandContext context) {
        if (command instanceof DeployCmd || command instanceof DeleteDeploymentCmd
                || command instanceof AbstractDeleteProcessDefinitionCmd || command instanceof RegisterDeploymentCmd
                || command instanceof UnregisterDeploymentCmd || command instanceof RegisterProcessApplicationCmd
                || command instanceof UnregisterProcessApplicationCmd) {
            checkDeployer(command, userId);
        } else if (deployerUser != null && isAboutTheDeployer(command)) {
            // Whoever could set the deployer's password, or become it, could deploy code.
            throw refused(command, "changes the deployer identity, which only the application configures");
        } else if (command instanceof ClaimTaskCmd) {
            checkClaim(command, userId, context);
        } else if (command instanceof AssignTaskCmd) {
            checkAssign(command, context);
        } else if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
            checkCompletion(command, userId, context);
        } else if (command instanceof AddCommentCmd || command instanceof CreateAttachmentCmd
                || command instanceof DeleteAttachmentCmd || command instanceof SaveAttachmentCmd) {
            TaskNotes.check(command, context);
        } else if (command instanceof SaveTaskCmd) {
            checkSaveTask(command, context);
        } else if (CommandsOutsideTheModel.outsideTheModel(command)) {
            throw refused(command, "would end or divert a case outside its model");
        }
    }

    private boolean isAboutTheDeployer(Command<?> command) {
        if (command instanceof SaveUserCmd) {
            return CommandFields.read(command, "user", User.class).map(u -> deployerUser.equals(u.getId())).orElse(true);
        }
        if (command instanceof DeleteUserCmd || command instanceof CreateMembershipCmd
                || command instanceof DeleteMembershipCmd || command instanceof UnlockUserCmd) {
            return CommandFields.read(command, "userId", String.class).map(deployerUser::equals).orElse(true);
        }
        return false;
    }

    private void checkDeployer(Command<?> command, String userId) {
        if (deployerUser == null || !deployerUser.equals(userId)) {
            throw refused(command, "is the deployer's alone");
        }
        for (String cascade : new String[] {"cascade", "cascadeToInstances"}) {
            if (CommandFields.read(command, cascade, Boolean.class).orElse(false)) {
                throw refused(command, "would delete running cases with their processes");
            }
        }
    }

    private static void checkClaim(Command<?> command, String userId, CommandContext context) {
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

    private static void checkAssign(Command<?> command, CommandContext context) {
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

    private void checkCompletion(Command<?> command, String userId, CommandContext context) {
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

    private static void checkSaveTask(Command<?> command, CommandContext context) {
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

    private static ProcessEngineException refused(Command<?> command, String why) {
        return new AuthorizationException(command.getClass().getSimpleName() + " " + why);
    }
}
