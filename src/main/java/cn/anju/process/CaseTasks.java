package cn.anju.process;

import cn.anju.staff.OpenTask;
import cn.anju.staff.OpenTasks;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The case workspace's view of the engine: a case's open tasks, found by its business key (the reference). */
@Component
class CaseTasks implements OpenTasks {

    private final TaskService tasks;

    CaseTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public List<OpenTask> ofCase(String reference) {
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).active()
                .orderByTaskCreateTime().asc().list().stream().map(this::open).toList();
    }

    private OpenTask open(Task task) {
        return new OpenTask(task.getId(), task.getName(), task.getAssignee(),
                TaskCandidates.groups(tasks.getIdentityLinksForTask(task.getId())),
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }
}
