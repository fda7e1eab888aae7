package cn.anju.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Who is acting on a task: the user signed in to the engine (Tasklist, engine REST), else the
 * assignee (in-process callers). A signed-in user cannot act under someone else's name by
 * claiming the task for them.
 */
final class TaskActor {

    private TaskActor() {
    }

    static String of(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee();
    }
}
