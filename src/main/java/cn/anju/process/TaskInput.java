package cn.anju.process;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Checks what staff enter in a task before it completes, so that a bad entry is refused at the
 * task (where it can be corrected) instead of failing a job later.
 */
final class TaskInput {

    static final int NOTE_LENGTH = 2000;
    static final int NAME_LENGTH = 200;

    private TaskInput() {
    }

    /** Trimmed text, or null when empty; refused when too long, required and missing, or not text. */
    static String text(DelegateTask task, String name, int maxLength, boolean required) {
        Object value = task.getVariable(name);
        if (value != null && !(value instanceof String)) {
            throw new ProcessEngineException(name + " must be text");
        }
        String text = value == null ? null : ((String) value).trim();
        if (text != null && text.isEmpty()) {
            text = null;
        }
        if (text == null && required) {
            throw new ProcessEngineException(name + " is required");
        }
        if (text != null && text.length() > maxLength) {
            throw new ProcessEngineException(name + " must be at most " + maxLength + " characters");
        }
        boolean multiline = maxLength == NOTE_LENGTH; // notes and lists are typed in text areas
        if (text != null && text.chars().anyMatch(c -> Character.isISOControl(c)
                && !(multiline && (c == '\n' || c == '\r')))) {
            throw new ProcessEngineException(name + " must not contain control characters");
        }
        return text;
    }

    /** A whole number in [min, max], or null when absent. */
    static Integer number(DelegateTask task, String name, int min, int max) {
        Object value = task.getVariable(name);
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        long number;
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            number = ((Number) value).longValue();
        } else if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            number = (long) n.doubleValue();
        } else {
            try {
                number = Long.parseLong(value.toString().trim());
            } catch (NumberFormatException e) {
                throw new ProcessEngineException(name + " must be a whole number");
            }
        }
        if (number < min || number > max) {
            throw new ProcessEngineException(name + " must be between " + min + " and " + max);
        }
        return (int) number;
    }
}
