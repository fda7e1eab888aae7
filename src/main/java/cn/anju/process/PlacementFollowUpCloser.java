package cn.anju.process;

import cn.anju.application.ApplicationDecided;
import cn.anju.application.ApplicationStatus;
import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A rejected or withdrawn application's placements are released: nothing is left for the officers to confirm. */
@Component
class PlacementFollowUpCloser {

    private final RuntimeService runtime;

    PlacementFollowUpCloser(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(ApplicationDecided decided) {
        if (decided.status() != ApplicationStatus.REJECTED && decided.status() != ApplicationStatus.WITHDRAWN) {
            return;
        }
        runtime.createProcessInstanceQuery().processDefinitionKey(ProcessIds.PLACEMENT_FOLLOW_UP)
                .variableValueEquals(Var.APPLICATION_ID, decided.applicationId().toString()).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(),
                        "application " + decided.status().name().toLowerCase(java.util.Locale.ROOT), true, true));
    }
}
