package cn.anju.process;

import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The grade the seat is allocated in (the education officer may change it in the follow-up). */
@Component("schoolEntryDecided")
class SchoolEntryDecided implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        String entry = ProcessVariables.of(execution).text(Var.SCHOOL_ENTRY);
        if (entry != null && entry.startsWith("GRADE_")) {
            execution.setVariable(Var.GRADE, Integer.valueOf(entry.substring("GRADE_".length())));
        }
    }
}
