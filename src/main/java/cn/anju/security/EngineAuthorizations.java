package cn.anju.security;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What each group may do in the engine, granted on every start (idempotently, so a restart or a second
 * node adds nothing). District staff: Tasklist, and the process diagrams; the tasks themselves come
 * from the engine's own grant to a task's candidate groups (READ and TASK_WORK, see application.yaml),
 * so nobody reads another district's tasks. No grant on process instances or history: their variables
 * and audit trail stay with the managers: camunda-admin holds ALL on every resource but deployments (an
 * admin group is only exempt from admin-only checks, not from query filtering, so it needs the grants).
 * Deployments it may only read: a deployed model runs any code, so models come from the application's
 * ProcessDeployer or the deployer identity (cn.anju.process.EngineCommandGuard, which also refuses a
 * deployment a manager granted himself); CREATE and DELETE stored by older versions are revoked.
 * Applicants get nothing. Grants name groups, not users, so users added later (here or in Camunda Admin)
 * need none.
 */
@Component
public class EngineAuthorizations implements InitializingBean {

    static final String TASKLIST = "tasklist";

    private final AuthorizationService authorizations;
    private final TransactionTemplate transaction;
    private final StartupLock startupLock;
    private final String deployerUser;

    EngineAuthorizations(AuthorizationService authorizations, TransactionTemplate transaction,
                         StartupLock startupLock, @Value("${anju.engine.deployer-user:}") String deployerUser) {
        this.authorizations = authorizations;
        this.transaction = transaction;
        this.startupLock = startupLock;
        this.deployerUser = deployerUser.strip();
    }

    @Override
    public void afterPropertiesSet() {
        transaction.executeWithoutResult(status -> {
            startupLock.hold("authorizations");
            Arrays.stream(Resources.values()).filter(resource -> resource != Resources.DEPLOYMENT).forEach(resource ->
                    grant(UserDirectory.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL));
            readOnly(UserDirectory.CAMUNDA_ADMIN, Resources.DEPLOYMENT);
            if (!deployerUser.isEmpty()) {
                grantUser(deployerUser, Resources.DEPLOYMENT, Permissions.ALL);
            }
            Arrays.stream(Role.values()).filter(Role::isDistrictStaff).forEach(role -> {
                grant(role.groupId(), Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
                // Tasklist shows the process's name and diagram; a definition holds no case data.
                grant(role.groupId(), Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
            });
        });
    }

    /** Leaves a group READ on every instance of a resource and nothing more, whatever it held before. */
    void readOnly(String groupId, Resource resource) {
        Authorization authorization = grantOf(groupId, resource, Authorization.ANY);
        if (authorization == null) {
            grant(groupId, resource, Authorization.ANY, Permissions.READ);
            return;
        }
        if (authorization.isPermissionGranted(Permissions.READ) && !authorization.isPermissionGranted(Permissions.CREATE)
                && !authorization.isPermissionGranted(Permissions.DELETE)) {
            return;
        }
        authorization.setPermissions(new Permission[] {Permissions.READ});
        authorizations.saveAuthorization(authorization);
    }

    private void grantUser(String userId, Resource resource, Permission permission) {
        Authorization authorization = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).userIdIn(userId).resourceType(resource)
                .resourceId(Authorization.ANY).singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setUserId(userId);
            authorization.setResource(resource);
            authorization.setResourceId(Authorization.ANY);
        } else if (authorization.isPermissionGranted(permission)) {
            return;
        }
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }

    private Authorization grantOf(String groupId, Resource resource, String resourceId) {
        return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    }

    /**
     * Grants each group (by resource id) one permission on its resource, reading the resource type's
     * grants once and writing only those missing.
     */
    public void grantEach(Resource resource, Permission permission, Map<String, String> groupByResourceId) {
        Set<String> held = new HashSet<>();
        authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(resource).list().stream()
                .filter(a -> a.getGroupId() != null && a.isPermissionGranted(permission))
                .forEach(a -> held.add(a.getGroupId() + "/" + a.getResourceId()));
        groupByResourceId.forEach((resourceId, groupId) -> {
            if (!held.contains(groupId + "/" + resourceId)) {
                grant(groupId, resource, resourceId, permission);
            }
        });
    }

    /** Grants a group one permission on one resource, unless it has it already. */
    public void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization authorization = grantOf(groupId, resource, resourceId);
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (authorization.isPermissionGranted(permission)) {
            return;
        }
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }
}
