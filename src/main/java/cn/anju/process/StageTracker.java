package cn.anju.process;

import cn.anju.application.CaseLog;
import cn.anju.application.Stage;
import cn.anju.process.ProcessIds.Var;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves the status projection to the stage of each user task as it is created (Camunda's Spring
 * eventing). The officers' placement follow-up is not a stage: it never holds up the application.
 */
@Component
class StageTracker {

    private static final Map<String, Stage> STAGE_OF_TASK = Map.of(
            ProcessIds.TASK_REVIEW_EVIDENCE, Stage.EVIDENCE_REVIEW,
            ProcessIds.TASK_DECIDE_APPLICATION, Stage.DECISION);

    private final CaseLog caseLog;

    StageTracker(CaseLog caseLog) {
        this.caseLog = caseLog;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    void onTaskCreated(DelegateTask task) {
        Stage stage = STAGE_OF_TASK.get(task.getTaskDefinitionKey());
        Object applicationId = task.getVariable(Var.APPLICATION_ID);
        if (stage != null && applicationId != null) {
            caseLog.stageEntered(UUID.fromString(applicationId.toString()), stage);
        }
    }
}
