package cn.anju.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * The form of a user task, as Tasklist would show it: its camunda:formRef (or a
 * "camunda-forms:deployment:" form key) resolved in the task's deployment. Each deployed form is
 * parsed once: a deployed resource never changes, so the deployment and resource name are the key.
 */
final class TaskForms {

    private static final String DEPLOYED_CAMUNDA_FORM = "camunda-forms:deployment:";

    private final Map<String, TaskFormSchema> parsed = new ConcurrentHashMap<>();

    /** The task's form, or empty for a standalone task (no process, no model to keep to). */
    Optional<TaskFormSchema> of(TaskEntity task, CommandContext context) {
        if (task.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        TaskFormData form = context.runWithoutAuthorization(new GetTaskFormCmd(task.getId()));
        if (form == null) {
            return Optional.of(TaskFormSchema.NONE);
        }
        CamundaFormRef ref = form.getCamundaFormRef();
        if (ref != null && ref.getKey() != null) {
            CamundaFormDefinition definition = context.runWithoutAuthorization(
                    new GetCamundaFormDefinitionCmd(ref, form.getDeploymentId()));
            return Optional.of(definition == null ? TaskFormSchema.NONE
                    : load(definition.getDeploymentId(), definition.getResourceName(), context));
        }
        String key = form.getFormKey();
        if (key != null && key.startsWith(DEPLOYED_CAMUNDA_FORM)) {
            return Optional.of(load(form.getDeploymentId(), key.substring(DEPLOYED_CAMUNDA_FORM.length()), context));
        }
        // Embedded or generated forms are not ours: the model offers nothing to send.
        return Optional.of(TaskFormSchema.NONE);
    }

    private TaskFormSchema load(String deploymentId, String resourceName, CommandContext context) {
        return parsed.computeIfAbsent(deploymentId + "/" + resourceName, k -> {
            try (InputStream in = context.runWithoutAuthorization(new GetDeploymentResourceCmd(deploymentId,
                    resourceName))) {
                return TaskFormSchema.parse(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
