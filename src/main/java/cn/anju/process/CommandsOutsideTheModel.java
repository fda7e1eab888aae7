package cn.anju.process;

import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractProcessInstanceModificationCommand;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetProcessDefinitionVersionCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;

/**
 * The engine commands that end or divert a case outside its model, refused to every engine user by
 * {@link EngineCommandGuard} (the application's own steps run without one). Per command of Camunda 7.24:
 * <ul>
 * <li>Refused outright, because they end or divert a case outside its model: BPMN error and escalation
 *     ({@code HandleTaskBpmnErrorCmd}, {@code HandleTaskEscalationCmd}), deleting tasks
 *     ({@code DeleteTaskCmd}), updating an existing task ({@code SaveTaskCmd}, PUT /task/{id}),
 *     delegation ({@code DelegateTaskCmd}), task properties and identity links
 *     ({@code AbstractSetTaskPropertyCmd}: owner, name, description, priority, due and follow-up dates,
 *     candidate users and groups; {@code DeleteIdentityLinkCmd}), every variable write or removal outside
 *     a completion, on tasks and executions ({@code AbstractSetVariableCmd}, {@code AbstractRemoveVariableCmd},
 *     {@code AbstractPatchVariablesCmd}, {@code SetVariablesToProcessInstancesBatchCmd}).</li>
 * <li>Refused for everybody signed in, managers included ("no path may leave a case open with no
 *     process"): deleting process instances ({@code AbstractDeleteProcessInstanceCmd}: one, many,
 *     {@code DeleteProcessInstanceBatchCmd}), modification ({@code ModifyProcessInstanceCmd}, its async
 *     variant, {@code ProcessInstanceModificationCmd}, its batch, {@code AbstractProcessInstanceModificationCommand}),
 *     migration ({@code AbstractMigrationCmd}, {@code MigrateProcessInstanceBatchCmd},
 *     {@code SetProcessDefinitionVersionCmd}), restart ({@code AbstractRestartProcessInstanceCmd},
 *     {@code RestartProcessInstancesBatchCmd}), starting instances ({@code StartProcessInstanceCmd},
 *     {@code StartProcessInstanceAtActivitiesCmd}, {@code SubmitStartFormCmd}: a case starts from an
 *     application, with its domain row), messages and signals ({@code AbstractCorrelateMessageCmd},
 *     {@code CorrelateAllMessageBatchCmd}, {@code MessageEventReceivedCmd}, {@code SignalCmd},
 *     {@code SignalEventReceivedCmd}: a faked "applicant responded"), and moving timers
 *     ({@code SetJobDuedateCmd}, {@code ExecuteJobsCmd}: the escalation or the withdrawal fired at will;
 *     {@code DeleteJobCmd}, {@code DeleteJobsCmd}: a case left waiting for ever). The engine holds only
 *     the application's processes (deployments are the deployer's alone), so these are refused for any
 *     process, not only ResidencyApplication, ChildPlacement and PlacementFollowUp.</li>
 * </ul>
 */
final class CommandsOutsideTheModel {

    private CommandsOutsideTheModel() {
    }

    static boolean outsideTheModel(Command<?> command) {
        return command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd
                || command instanceof DeleteTaskCmd || command instanceof DelegateTaskCmd
                || command instanceof AbstractSetTaskPropertyCmd<?> || command instanceof DeleteIdentityLinkCmd
                || command instanceof AbstractSetVariableCmd || command instanceof AbstractRemoveVariableCmd
                || command instanceof AbstractPatchVariablesCmd || command instanceof SetVariablesToProcessInstancesBatchCmd
                || command instanceof AbstractDeleteProcessInstanceCmd || command instanceof DeleteProcessInstanceBatchCmd
                || command instanceof ModifyProcessInstanceCmd || command instanceof ModifyProcessInstanceAsyncCmd
                || command instanceof ProcessInstanceModificationCmd
                || command instanceof ProcessInstanceModificationBatchCmd
                || command instanceof AbstractProcessInstanceModificationCommand
                || command instanceof AbstractMigrationCmd || command instanceof MigrateProcessInstanceBatchCmd
                || command instanceof SetProcessDefinitionVersionCmd
                || command instanceof AbstractRestartProcessInstanceCmd
                || command instanceof RestartProcessInstancesBatchCmd
                || command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd
                || command instanceof SubmitStartFormCmd
                || command instanceof AbstractCorrelateMessageCmd || command instanceof CorrelateMessageCmd
                || command instanceof CorrelateAllMessageCmd || command instanceof CorrelateAllMessageBatchCmd
                || command instanceof MessageEventReceivedCmd || command instanceof SignalCmd
                || command instanceof SignalEventReceivedCmd
                || command instanceof SetJobDuedateCmd || command instanceof ExecuteJobsCmd
                || command instanceof DeleteJobCmd || command instanceof DeleteJobsCmd;
    }
}
