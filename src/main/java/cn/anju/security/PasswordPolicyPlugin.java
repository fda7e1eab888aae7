package cn.anju.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.springframework.stereotype.Component;

/**
 * PasswordRule in the engine: every new password saved through the identity service (Camunda Admin,
 * the engine REST API, the portal's sign-up) is checked, and Camunda Admin lists the rules next to the
 * password field. Only the in-process demo users are saved past it (UserDirectory#createDemo).
 */
@Component
class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

    /** Shown by Camunda Admin as is: it has no translation for a rule of ours. */
    static final String HARD_TO_GUESS = "Not a common password, word or keyboard pattern";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(new Policy());
    }

    private static final class Policy implements PasswordPolicy {
        private final List<PasswordPolicyRule> rules =
                List.of(new PasswordPolicyLengthRuleImpl(PasswordRule.MIN_LENGTH), new HardToGuess());

        @Override
        public List<PasswordPolicyRule> getRules() {
            return rules;
        }
    }

    private static final class HardToGuess implements PasswordPolicyRule {
        @Override
        public String getPlaceholder() {
            return HARD_TO_GUESS;
        }

        @Override
        public Map<String, String> getParameters() {
            return Map.of();
        }

        @Override
        public boolean execute(String password) {
            return PasswordRule.hardToGuess(password);
        }
    }
}
