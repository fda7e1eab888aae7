package cn.anju.security;

import cn.anju.application.District;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo users of API.md (password = user name), created on first start with an empty user store.
 * Off unless anju.demo-users=true, which only the default development configuration sets.
 */
@Component
@ConditionalOnProperty(name = "anju.demo-users", havingValue = "true")
class DemoUsers implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserDirectory users;
    private final TransactionTemplate transaction;
    private final StartupLock startupLock;

    DemoUsers(UserDirectory users, TransactionTemplate transaction, StartupLock startupLock) {
        this.users = users;
        this.transaction = transaction;
        this.startupLock = startupLock;
    }

    /** All or none: a crash half-way must not leave a store that looks initialised. */
    @Override
    public void afterPropertiesSet() {
        transaction.executeWithoutResult(status -> {
            startupLock.hold("demo-users");
            createIfEmpty();
        });
    }

    private void createIfEmpty() {
        if (!users.isEmpty()) {
            return;
        }
        users.createDemo("family", "芳", "王", Role.APPLICANT, null);
        users.createDemo("family2", "伟", "张", Role.APPLICANT, null);
        users.createDemo("clerk", "Clerk", "Futian", Role.CLERK, District.FUTIAN);
        users.createDemo("supervisor", "Supervisor", "Futian", Role.SUPERVISOR, District.FUTIAN);
        users.createDemo("education", "Education officer", "Futian", Role.EDUCATION_OFFICER, District.FUTIAN);
        users.createDemo("health", "Health officer", "Futian", Role.HEALTH_OFFICER, District.FUTIAN);
        users.createDemo("manager", "Manager", "Shenzhen", Role.MANAGER, null);
        users.createDemo("clerk2", "Clerk", "Nanshan", Role.CLERK, District.NANSHAN);
        log.warn("Created the demo users (password = user name). Never run with anju.demo-users=true in production.");
    }
}
