package cn.anju.process;

import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.task.Attachment;

/**
 * Comments and attachments ({@code AddCommentCmd}, {@code CreateAttachmentCmd},
 * {@code DeleteAttachmentCmd}, {@code SaveAttachmentCmd}, which Camunda does not check): only on a
 * task one may work (TASK_WORK), or on a process instance one may update. Deleting and updating
 * comments Camunda checks itself (DeleteTaskCommentCmd, UpdateCommentCmd, DeleteProcessInstanceCommentCmd).
 */
final class TaskNotes {

    private TaskNotes() {
    }

    static void check(Command<?> command, CommandContext context) {
        String taskId = CommandFields.read(command, "taskId", String.class).orElse(null);
        String processInstanceId = CommandFields.read(command, "processInstanceId", String.class).orElse(null);
        if (command instanceof SaveAttachmentCmd) {
            Attachment attachment = CommandFields.read(command, "attachment", Attachment.class).orElse(null);
            AttachmentEntity stored = attachment == null || attachment.getId() == null ? null
                    : context.getDbEntityManager().selectById(AttachmentEntity.class, attachment.getId());
            taskId = stored == null ? null : stored.getTaskId();
            processInstanceId = stored == null ? null : stored.getProcessInstanceId();
        } else if (command instanceof DeleteAttachmentCmd && (taskId == null || taskId.isBlank())) {
            String attachmentId = CommandFields.read(command, "attachmentId", String.class).orElse(null);
            AttachmentEntity stored = attachmentId == null ? null
                    : context.getDbEntityManager().selectById(AttachmentEntity.class, attachmentId);
            taskId = stored == null ? null : stored.getTaskId();
            processInstanceId = stored == null ? null : stored.getProcessInstanceId();
        }
        if (taskId != null && !taskId.isBlank()) {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task != null) {
                for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                    checker.checkTaskWork(task);
                }
            }
        } else if (processInstanceId != null) {
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkUpdateProcessInstanceById(processInstanceId);
            }
        }
    }
}
