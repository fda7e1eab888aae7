package cn.anju.process;

import java.util.Optional;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * What staff sent with a task cannot complete it (a missing reason, a school of another district): the
 * one engine failure that Tasklist and engine REST answer as the user's mistake (400), not the server's.
 */
class TaskRefused extends FormFieldValidationException {

    TaskRefused(String message) {
        super(null, message);
    }

    /** The refusal an engine failure was caused by, if any. */
    static Optional<TaskRefused> within(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TaskRefused refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }
}
