package cn.anju.security;

import cn.anju.application.District;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.stereotype.Component;

/**
 * The one user store of the portal, the API and the Camunda webapps: the engine's identity tables.
 * A user's roles are groups of type "role"; district staff also belong to "district-{key}" and to
 * "{role}-{key}", the candidate group their tasks are offered to.
 */
@Component
public class UserDirectory {

    static final String ROLE_TYPE = "role";
    static final String DISTRICT_TYPE = "district";
    static final String WORK_TYPE = "WORKFLOW";
    static final String DISTRICT_PREFIX = "district-";
    static final String CAMUNDA_ADMIN = "camunda-admin";

    private final IdentityService identity;
    private final Accounts accounts;

    public UserDirectory(IdentityService identity, Accounts accounts) {
        this.identity = identity;
        this.accounts = accounts;
    }

    public boolean isEmpty() {
        return identity.createUserQuery().count() == 0;
    }

    /** Whether the office is set up: someone can administer the store (demo manager, or camunda.bpm.admin-user). */
    public boolean hasAdministrator() {
        return identity.createUserQuery().memberOfGroup(CAMUNDA_ADMIN).count() > 0;
    }

    public boolean exists(String username) {
        return identity.createUserQuery().userId(username).count() > 0;
    }

    /** Whether the name is held, now or ever: a name is never given to a second person. */
    public boolean isTaken(String username) {
        return exists(username) || accounts.isKnown(username);
    }

    public Optional<AnjuUser> authenticate(String username, String password) {
        if (username == null || password == null || !identity.checkPassword(username, password)) {
            return Optional.empty();
        }
        return find(username);
    }

    /** A signed-in user; fails if the user's account was deleted (see {@link #find}). */
    public AnjuUser load(String username) {
        return find(username).orElseThrow(() -> new IllegalStateException("No active account " + username));
    }

    /**
     * A user of the engine with its account, empty when that account was deleted: an engine user that
     * reappears under a deleted account's name is nobody, and certainly not the old owner.
     */
    public Optional<AnjuUser> find(String username) {
        if (!exists(username)) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        District district = null;
        for (Group group : identity.createGroupQuery().groupMember(username).list()) {
            Role.ofGroup(group.getId()).ifPresent(roles::add);
            if (CAMUNDA_ADMIN.equals(group.getId())) {
                roles.add(Role.MANAGER); // e.g. the first administrator, made by Camunda Admin's setup
            }
            if (group.getId().startsWith(DISTRICT_PREFIX)) {
                district = District.valueOf(group.getId().substring(DISTRICT_PREFIX.length()).toUpperCase());
            }
        }
        District home = district;
        return accounts.activeIdOf(username).map(account -> new AnjuUser(username, account, roles, home));
    }

    /** Whether the name is that of staff, without signing anyone in. */
    public boolean isStaff(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream()
                .anyMatch(g -> CAMUNDA_ADMIN.equals(g.getId())
                        || Role.ofGroup(g.getId()).filter(r -> r != Role.APPLICANT).isPresent());
    }

    public java.util.List<String> groupIds(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList();
    }

    /**
     * Creates a user with one role; district staff need a district, managers may use Cockpit and Admin.
     * The engine refuses a password that breaks PasswordRule (a ProcessEngineException).
     */
    public void create(String username, String password, String firstName, String lastName, Role role,
                       District district) {
        create(username, password, firstName, lastName, role, district, false);
    }

    /** The demo users' passwords are their names: development and tests only, created in-process, never typed in. */
    public void createDemo(String username, String firstName, String lastName, Role role, District district) {
        create(username, username, firstName, lastName, role, district, true);
    }

    void create(String username, String password, String firstName, String lastName, Role role,
                District district, boolean skipPasswordPolicy) {
        if (role.isDistrictStaff() && district == null) {
            throw new IllegalArgumentException(role + " works for a district: name it");
        }
        User user = identity.newUser(username);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setPassword(password);
        user.setEmail(username + "@anju.example");
        if (skipPasswordPolicy) {
            ((IdentityServiceImpl) identity).saveUser(user, true);
        } else {
            identity.saveUser(user);
        }
        join(username, role.groupId(), role.name().toLowerCase().replace('_', ' '), ROLE_TYPE);
        if (district != null) {
            join(username, DISTRICT_PREFIX + district.key(), district.englishName(), DISTRICT_TYPE);
            if (role.isDistrictStaff()) {
                join(username, candidateGroup(role, district), role.groupId() + " " + district.englishName(),
                        WORK_TYPE);
            }
        }
        if (role == Role.MANAGER) {
            join(username, CAMUNDA_ADMIN, "Camunda administrators", "SYSTEM");
        }
    }

    /** The candidate group of a role's tasks in a district, e.g. "clerk-futian". */
    public static String candidateGroup(Role role, District district) {
        return role.groupId() + "-" + district.key();
    }

    private void join(String username, String groupId, String name, String type) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identity.newGroup(groupId);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
        identity.createMembership(username, groupId);
    }
}
