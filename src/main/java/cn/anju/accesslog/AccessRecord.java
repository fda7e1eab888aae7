package cn.anju.accesslog;

import java.time.Instant;
import java.util.UUID;

/**
 * One staff read: who (user name, role, district), when, what of which case, and the task that justified it
 * (null when the read was not made from a task). Never changed once written.
 */
public record AccessRecord(long id, Instant occurredAt, String username, String role, String district,
                           UUID applicationId, PersonalData what, String taskId) {
}
