package cn.anju.process;

import cn.anju.decision.OneTimeNotice;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("withdrawForNoAnswer")
class WithdrawForNoAnswer implements JavaDelegate {

    private final OneTimeNotice notices;

    WithdrawForNoAnswer(OneTimeNotice notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.withdrawnForNoAnswer(ProcessVariables.of(execution).applicationId());
    }
}
