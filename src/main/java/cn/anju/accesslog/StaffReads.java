package cn.anju.accesslog;

import cn.anju.accesslog.internal.AccessLogStore;
import cn.anju.security.AnjuUser;
import cn.anju.security.CurrentUser;
import cn.anju.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * The one door to the access log: a module that shows staff a case's personal data calls
 * {@link #record} after its access check, before it answers. A family reading its own case is not
 * recorded (it is not an access by the office).
 */
@Service
public class StaffReads {

    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    private final AccessLogStore store;
    private final Clock clock;

    StaffReads(AccessLogStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records that the signed-in user opened this of the case; taskId is the task they work on, if any. */
    public void record(UUID applicationId, PersonalData what, String taskId) {
        record(CurrentUser.get(), applicationId, what, taskId);
    }

    public void record(AnjuUser user, UUID applicationId, PersonalData what, String taskId) {
        if (!user.isStaff()) {
            return;
        }
        // A task id is the caller's claim: kept only if it looks like one, so the log cannot be stuffed.
        String task = taskId != null && TASK_ID.matcher(taskId).matches() ? taskId : null;
        store.append(Instant.now(clock), user.username(), roleOf(user), user.district() == null ? null
                : user.district().name(), applicationId, what, task);
    }

    /** The role the office acted in: a manager's city role over any district role. */
    static String roleOf(AnjuUser user) {
        if (user.has(Role.MANAGER)) {
            return Role.MANAGER.name();
        }
        return user.roles().stream().filter(r -> r != Role.APPLICANT).map(Role::name).sorted().findFirst()
                .orElseThrow();
    }
}
