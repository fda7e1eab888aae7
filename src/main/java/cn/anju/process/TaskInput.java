package cn.anju.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Checks what staff enter in a task before it completes, so that a bad entry is refused at the
 * task (where it can be corrected) instead of failing a job later.
 */
final class TaskInput {

    private static final int NOTE_LENGTH = 2000;
    private static final int NAME_LENGTH = 200;

    private TaskInput() {
    }

    /** A note or list typed in a text area: line breaks allowed, at most 2000 characters; null when empty. */
    static String note(DelegateTask task, String name) {
        return text(task, name, NOTE_LENGTH, false, true);
    }

    /** A name typed on one line (a school, a clinic), printed on certificates; null when empty. */
    static String name(DelegateTask task, String name, boolean required) {
        return text(task, name, NAME_LENGTH, required, false);
    }

    private static String text(DelegateTask task, String name, int maxLength, boolean required, boolean multiline) {
        Object value = task.getVariable(name);
        if (value != null && !(value instanceof String)) {
            throw new TaskRefused(name + " must be text");
        }
        String text = value == null ? null : ((String) value).trim();
        if (text != null && text.isEmpty()) {
            text = null;
        }
        if (text == null && required) {
            throw new TaskRefused(name + " is required");
        }
        if (text != null && text.length() > maxLength) {
            throw new TaskRefused(name + " must be at most " + maxLength + " characters");
        }
        if (text != null && text.chars().anyMatch(c -> Character.isISOControl(c)
                && !(multiline && (c == '\n' || c == '\r')))) {
            throw new TaskRefused(name + " must not contain control characters");
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
                throw new TaskRefused(name + " must be a whole number");
            }
        }
        if (number < min || number > max) {
            throw new TaskRefused(name + " must be between " + min + " and " + max);
        }
        return (int) number;
    }
}
