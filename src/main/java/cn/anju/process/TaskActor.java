package cn.anju.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who completes or takes a task: its assignee, else the user signed in to the engine (Tasklist, REST). */
final class TaskActor {

    private TaskActor() {
    }

    static String of(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
