package cn.anju.process;

import cn.anju.decision.OneTimeNotice;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("remindApplicant")
class RemindApplicant implements JavaDelegate {

    private final OneTimeNotice notices;

    RemindApplicant(OneTimeNotice notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.reminded(ProcessVariables.of(execution).applicationId());
    }
}
