package cn.anju.process;

import cn.anju.placement.SchoolAge;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Hands school-entry.dmn the child's birth date as a transient variable: the decision, in the same
 * transaction, reads it; the engine never stores it.
 */
@Component("readSchoolAge")
class ReadSchoolAge implements JavaDelegate {

    private final SchoolAge schoolAge;

    ReadSchoolAge(SchoolAge schoolAge) {
        this.schoolAge = schoolAge;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var childId = ProcessVariables.of(execution).childId();
        execution.setVariable("birthDate", Variables.stringValue(schoolAge.birthDate(childId).toString(), true));
        execution.setVariable("schoolYearStart", schoolAge.schoolYearStart());
    }
}
