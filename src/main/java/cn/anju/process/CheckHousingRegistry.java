package cn.anju.process;

import cn.anju.evidence.RegistryCheck;
import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asynchronous with retries: a registry that is down delays the case, then raises an incident; nothing is lost. */
@Component("checkHousingRegistry")
class CheckHousingRegistry implements JavaDelegate {

    private final RegistryCheck registry;

    CheckHousingRegistry(RegistryCheck registry) {
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var outcome = registry.check(ProcessVariables.of(execution).applicationId());
        execution.setVariable(Var.EVIDENCE_CONFIRMED, outcome.confirmed());
    }
}
