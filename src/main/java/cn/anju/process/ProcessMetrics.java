package cn.anju.process;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** anju_tasks_open{kind=...}: open user tasks by kind, counted when scraped. */
@Component
class ProcessMetrics implements MeterBinder {

    private static final List<String> TASK_KINDS = List.of(ProcessIds.TASK_REVIEW_EVIDENCE,
            ProcessIds.TASK_DECIDE_APPLICATION, ProcessIds.TASK_CONFIRM_SCHOOL, ProcessIds.TASK_CONFIRM_CLINIC,
            ProcessIds.TASK_CATCH_UP_VACCINATION);

    private final TaskService tasks;

    ProcessMetrics(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String kind : TASK_KINDS) {
            Gauge.builder("anju.tasks.open", tasks, t -> t.createTaskQuery().taskDefinitionKey(kind).count())
                    .description("Open user tasks of one kind")
                    .tag("kind", kind)
                    .register(registry);
        }
    }
}
