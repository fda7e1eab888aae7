package cn.anju.process;

import cn.anju.process.ProcessIds.Var;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed access to the variables of a process instance or task (Camunda's "process data accessor"). */
public final class ProcessVariables {

    private final VariableScope scope;

    private ProcessVariables(VariableScope scope) {
        this.scope = scope;
    }

    public static ProcessVariables of(VariableScope scope) {
        return new ProcessVariables(scope);
    }

    public UUID applicationId() {
        return UUID.fromString(required(Var.APPLICATION_ID));
    }

    public UUID childId() {
        return UUID.fromString(required(Var.CHILD_ID));
    }

    public boolean evidenceAccepted() {
        return Boolean.TRUE.equals(scope.getVariable(Var.EVIDENCE_ACCEPTED));
    }

    public boolean approved() {
        return Boolean.TRUE.equals(scope.getVariable(Var.APPROVED));
    }

    public String text(String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    public Integer integer(String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value instanceof Number n ? Integer.valueOf(n.intValue()) : Integer.valueOf(value.toString().trim());
    }

    public void set(String name, Object value) {
        scope.setVariable(name, value);
    }

    private String required(String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("Process variable " + name + " is missing");
        }
        return value.toString();
    }
}
