package cn.anju.process;

import java.util.ArrayList;
import java.util.Optional;
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
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.UnregisterDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.UnregisterProcessApplicationCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
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

    private final DeployerCommands deployer;
    private final TaskCommands tasks = new TaskCommands();

    EngineCommandGuard(@Value("${anju.engine.deployer-user:}") String deployerUser) {
        this.deployer = new DeployerCommands(deployerUser);
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
            deployer.check(command, userId);
        } else if (deployer.isAbout(command)) {
            // Whoever could set the deployer's password, or become it, could deploy code.
            throw TaskCommands.refused(command, "changes the deployer identity, which only the application configures");
        } else if (command instanceof ClaimTaskCmd) {
            TaskCommands.checkClaim(command, userId, context);
        } else if (command instanceof AssignTaskCmd) {
            TaskCommands.checkAssign(command, context);
        } else if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
            tasks.checkCompletion(command, userId, context);
        } else if (command instanceof AddCommentCmd || command instanceof CreateAttachmentCmd
                || command instanceof DeleteAttachmentCmd || command instanceof SaveAttachmentCmd) {
            TaskNotes.check(command, context);
        } else if (command instanceof SaveTaskCmd) {
            TaskCommands.checkSaveTask(command, context);
        } else if (CommandsOutsideTheModel.outsideTheModel(command)) {
            throw TaskCommands.refused(command, "would end or divert a case outside its model");
        }
    }
}
