package cn.anju.security;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's user store with a rule of ours, so that every way in obeys it: the portal's and the
 * API's sign-in, the Camunda webapps' login, engine REST's identity/verify. Passwords are checked
 * through the {@link LoginThrottle} (per account and client address) instead of Camunda's account
 * lock, with which anyone could lock anyone out, the last administrator included. A throttled
 * attempt is not checked at all and answers as a wrong password.
 */
class AnjuIdentityProvider extends DbIdentityServiceProvider {

    private static final Logger log = LoggerFactory.getLogger(AnjuIdentityProvider.class);

    private final LoginThrottle throttle;

    AnjuIdentityProvider(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        if (userId == null || password == null) {
            return false;
        }
        String address = ClientAddress.current();
        if (!throttle.mayTry(userId, address)) {
            log.info("Password for '{}' from {} not checked: too many wrong ones from there", printable(userId), address);
            return false;
        }
        UserEntity user = findUserById(userId);
        boolean right = user != null && matchPassword(password, user);
        if (right) {
            throttle.succeeded(userId, address);
            unlockUser(user); // a lock left by Camunda's own mechanism before this one took over
        } else {
            throttle.failed(userId, address);
        }
        return right;
    }

    private static String printable(String text) {
        String shown = text.length() > 64 ? text.substring(0, 64) + "..." : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
