package cn.anju.process;

import cn.anju.application.ApplicationSubmitted;
import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts ResidencyApplication in the submitting transaction: the application and its process
 * instance are stored together or not at all. The start event is asynchronous, so the submission
 * returns at once and the job executor carries the case on.
 */
@Component
class ApplicationProcessStarter {

    private final RuntimeService runtime;

    ApplicationProcessStarter(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        runtime.startProcessInstanceByKey(ProcessIds.RESIDENCY_APPLICATION, submitted.reference(),
                Variables.createVariables()
                        .putValue(Var.APPLICATION_ID, submitted.applicationId().toString())
                        .putValue(Var.DISTRICT, submitted.district().key()));
    }
}
