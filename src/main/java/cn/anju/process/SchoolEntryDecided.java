package cn.anju.process;

import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Proposes the decided grade to the education officer (the form shows it, the officer may change it). */
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
