package cn.anju.process;

import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Remembers which officer recorded a child's school or clinic, for the timeline. Each task writes
 * its own variable: the two officers may complete their tasks at the same moment.
 */
@Component("officerRecorded")
class OfficerRecorded implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String officer = TaskActor.of(task);
        if (officer == null) {
            throw new ProcessEngineException("Claim the task before completing it: the officer must be known");
        }
        String variable = ProcessIds.TASK_RECORD_SCHOOL.equals(task.getTaskDefinitionKey())
                ? Var.SCHOOL_RECORDED_BY : Var.CLINIC_RECORDED_BY;
        task.getExecution().getProcessInstance().setVariable(variable, officer);
    }
}
