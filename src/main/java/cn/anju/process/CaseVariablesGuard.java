package cn.anju.process;

import cn.anju.application.ApplicationRepository;
import cn.anju.process.ProcessIds.Var;
import java.util.ArrayList;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Whoever completes a user task may send variables with it (Tasklist, engine REST). The ones that
 * name the case (applicationId, district, reference) must still be the case's own, read from the
 * domain by the business key: otherwise the completion is refused and nothing it did is kept. Added to
 * every user task of every process at parse time.
 */
@Component
class CaseVariablesGuard extends AbstractProcessEnginePlugin implements TaskListener {

    private final ApplicationRepository applications;

    CaseVariablesGuard(ApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                // Built in: runs before the task's own listeners, which must never act on a repointed case.
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, CaseVariablesGuard.this);
            }
        });
    }

    @Override
    public void notify(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        // Task-local (ReferenceOnTasks), but a completion's variables land on the process instance.
        Object[] shownReferences = {task.getVariableLocal(Var.REFERENCE), task.getExecution().getVariable(Var.REFERENCE)};
        for (Object shown : shownReferences) {
            if (shown != null && !shown.equals(reference)) {
                throw new TaskRefused(Var.REFERENCE + " is the case's own and cannot be changed");
            }
        }
        Object applicationId = task.getVariable(Var.APPLICATION_ID);
        if (reference == null || applicationId == null) {
            return;
        }
        var keys = applications.keysOf(reference)
                .orElseThrow(() -> new ProcessEngineException("No application " + reference));
        if (!keys.id().toString().equals(applicationId.toString())) {
            throw new TaskRefused(Var.APPLICATION_ID + " is the case's own and cannot be changed");
        }
        Object district = task.getVariable(Var.DISTRICT);
        if (district != null && !district.equals(keys.district().key()) && !district.equals(keys.addressDistrict().key())) {
            throw new TaskRefused(Var.DISTRICT + " is the case's own and cannot be changed");
        }
    }
}
