package cn.anju.process;

import cn.anju.decision.OneTimeNotice;
import cn.anju.process.ProcessIds.Var;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the family one list of everything missing, and sets the reminder and withdrawal timers. */
@Component("sendOneTimeNotice")
class SendOneTimeNotice implements JavaDelegate {

    private final OneTimeNotice notices;

    SendOneTimeNotice(OneTimeNotice notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = ProcessVariables.of(execution);
        var notice = notices.send(variables.applicationId(), OneTimeNotice.items(variables.text(Var.MISSING_ITEMS)),
                variables.text(Var.NOTICE_SENT_BY));
        execution.setVariable(Var.NOTICE_RESPOND_BY, notice.respondBy().atOffset(ZoneOffset.UTC).toString());
        execution.setVariable(Var.NOTICE_REMIND_AT, notices.remindAt(notice).atOffset(ZoneOffset.UTC).toString());
        // The list now lives with the case; the next review starts from a clean form.
        execution.removeVariable(Var.MISSING_ITEMS);
    }
}
