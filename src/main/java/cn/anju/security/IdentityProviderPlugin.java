package cn.anju.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/** Makes {@link AnjuIdentityProvider} the engine's user store (read and write). */
@Component
class IdentityProviderPlugin extends AbstractProcessEnginePlugin {

    private final LoginThrottle throttle;
    private final Accounts accounts;

    IdentityProviderPlugin(LoginThrottle throttle, Accounts accounts) {
        this.throttle = throttle;
        this.accounts = accounts;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AnjuIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new AnjuIdentityProvider(throttle, accounts);
            }
        });
    }
}
