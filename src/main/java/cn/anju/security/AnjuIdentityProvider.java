package cn.anju.security;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * The engine's user store with two rules of ours, so that every way in obeys them: the portal's and
 * the API's sign-in, the Camunda webapps' login, engine REST's identity/verify, Camunda Admin.
 * <ul>
 * <li>Passwords are checked through the {@link LoginThrottle} (per account and client address)
 * instead of Camunda's account lock, with which anyone could lock anyone out, the last
 * administrator included. A throttled attempt is not checked at all and answers as a wrong password.
 * <li>A user name belongs to one account for good ({@link Accounts}): a new user may not take a name
 * used before, and deleting a user keeps its account, marked deleted.
 * </ul>
 */
class AnjuIdentityProvider extends DbIdentityServiceProvider {

    private static final Logger log = LoggerFactory.getLogger(AnjuIdentityProvider.class);

    private final LoginThrottle throttle;
    /** ACT_ID_USER.ID_ holds 64 characters. */
    private static final int MAX_USER_ID = 64;

    private final Accounts accounts;

    AnjuIdentityProvider(LoginThrottle throttle, Accounts accounts) {
        this.throttle = throttle;
        this.accounts = accounts;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        if (userId == null || password == null) {
            return false;
        }
        // Only real accounts are throttled: a name that is nobody's (of any length) must not take memory.
        UserEntity user = userId.length() > MAX_USER_ID ? null : findUserById(userId);
        if (user == null) {
            return false;
        }
        String address = ClientAddress.current();
        // Counted as a failure before it is checked, so that guesses sent at once cannot all slip in.
        if (!throttle.begin(userId, address)) {
            log.info("Password for '{}' from {} not checked: too many wrong ones from there", printable(userId), address);
            return false;
        }
        boolean right = matchPassword(password, user) && !accounts.isDeleted(userId);
        if (right) {
            throttle.succeeded(userId, address);
            unlockUser(user); // a lock left by Camunda's own mechanism before this one took over
        }
        return right;
    }

    @Override
    public IdentityOperationResult saveUser(User user) {
        if (((UserEntity) user).getRevision() != 0) {
            return super.saveUser(user);
        }
        // Refused for lack of the grant before anything about the name is told.
        checkAuthorization(Permissions.CREATE, Resources.USER, null);
        String name = user.getId();
        if (accounts.isKnown(name) || getDbEntityManager().selectById(UserEntity.class, name) != null) {
            throw nameTaken(name);
        }
        try {
            accounts.register(name);
        } catch (DuplicateKeyException raced) {
            throw nameTaken(name);
        }
        return super.saveUser(user);
    }

    @Override
    public IdentityOperationResult deleteUser(String userId) {
        IdentityOperationResult result = super.deleteUser(userId);
        if (IdentityOperationResult.OPERATION_DELETE.equals(result.getOperation())) {
            accounts.tombstone(userId);
        }
        return result;
    }

    /** Engine REST and the webapps answer a BadUserRequestException with 400 and its message. */
    private static BadUserRequestException nameTaken(String name) {
        return new BadUserRequestException("The user name '" + name + "' is taken (names are never reused)");
    }

    private static String printable(String text) {
        String shown = text.length() > 64 ? text.substring(0, 64) + "..." : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
