package cn.anju.process;

import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing a school or clinic task: checks the officer's entry and remembers who made it. Each
 * task writes its own variable: the two officers may complete their tasks at the same moment.
 */
@Component("officerRecorded")
class OfficerRecorded implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String officer = TaskActor.of(task);
        if (officer == null) {
            throw new ProcessEngineException("Claim the task before completing it: the officer must be known");
        }
        if (ProcessIds.TASK_RECORD_SCHOOL.equals(task.getTaskDefinitionKey())) {
            TaskInput.name(task, Var.SCHOOL_NAME, false);
            TaskInput.name(task, Var.TRANSPORT, false);
            TaskInput.number(task, Var.GRADE, 1, 9);
            task.getExecution().getProcessInstance().setVariable(Var.SCHOOL_RECORDED_BY, officer);
        } else {
            TaskInput.name(task, Var.CLINIC_NAME, true);
            task.getExecution().getProcessInstance().setVariable(Var.CLINIC_RECORDED_BY, officer);
        }
    }
}
