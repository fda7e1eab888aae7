package cn.anju.process;

import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Remembers which officer recorded a child's school or clinic, for the timeline. */
@Component("officerRecorded")
class OfficerRecorded implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String officer = TaskActor.of(task);
        if (officer == null) {
            throw new ProcessEngineException("Claim the task before completing it: the officer must be known");
        }
        String previous = ProcessVariables.of(task).text(Var.PLACED_BY);
        task.getExecution().setVariable(Var.PLACED_BY, previous == null ? officer : previous + ", " + officer);
    }
}
