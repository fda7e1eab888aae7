package cn.anju.process;

import cn.anju.application.ApplicationDecided;
import cn.anju.application.ApplicationRepository;
import cn.anju.application.ApplicationStatus;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A rejected or withdrawn application's placements are released: nothing is left for the officers to
 * confirm. After the decision's commit; deleting what is already gone does nothing, so retries are safe.
 */
@Component
class PlacementFollowUpCloser {

    private final RuntimeService runtime;
    private final ApplicationRepository applications;

    PlacementFollowUpCloser(RuntimeService runtime, ApplicationRepository applications) {
        this.runtime = runtime;
        this.applications = applications;
    }

    @ApplicationModuleListener
    void on(ApplicationDecided decided) {
        if (decided.status() != ApplicationStatus.REJECTED && decided.status() != ApplicationStatus.WITHDRAWN) {
            return;
        }
        String reference = applications.referenceOf(decided.applicationId()).orElseThrow();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(ProcessIds.PLACEMENT_FOLLOW_UP).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(),
                        "application " + decided.status().name().toLowerCase(java.util.Locale.ROOT), true, true));
    }
}
