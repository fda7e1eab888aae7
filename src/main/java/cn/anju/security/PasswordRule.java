package cn.anju.security;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;

/**
 * The one password rule of the portal's sign-up and of the engine's identity service (Camunda Admin,
 * the engine REST API): long enough, and not among the passwords, words and keyboard patterns that are
 * tried first (nbvcxz: a list of leaked passwords, dictionaries, names, dates, sequences, leetspeak).
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 10;

    /** zxcvbn's "safely unguessable" (score 3): at least 10^8 guesses. */
    private static final double MIN_ENTROPY_BITS = Math.log(1e8) / Math.log(2);

    private static final Nbvcxz ESTIMATOR = new Nbvcxz(new ConfigurationBuilder()
            .setMinimumEntropy(MIN_ENTROPY_BITS).createConfiguration());

    private PasswordRule() {
    }

    public static boolean longEnough(String password) {
        return password != null && password.length() >= MIN_LENGTH;
    }

    public static boolean hardToGuess(String password) {
        return password != null && !password.isEmpty() && ESTIMATOR.estimate(password).isMinimumEntropyMet();
    }
}
