package cn.anju.process;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The beans that BPMN expressions may name: our delegates and listeners, nothing else. Without
 * this list any deployed model could call any Spring bean (a JdbcClient, say) from an expression.
 */
@Component
class ExpressionBeans extends AbstractProcessEnginePlugin {

    static final Set<String> NAMES = Set.of("recordAcceptance", "gatherEligibilityFacts", "recordEligibility",
            "recordRejection", "recordApproval", "issueCertificates", "recordChildOutcome", "evidenceReviewed",
            "fourEyes", "children", "escalateToSupervisor", "sendOneTimeNotice", "remindApplicant",
            "withdrawForNoAnswer", "resumeReview", "checkHousingRegistry", "drawQualitySample", "decideAutomatically",
            "readSchoolAge", "schoolEntryDecided", "allocateSchoolSeat", "handOverTransport", "registerAtClinic",
            "openPlacementFollowUp", "placementReviewed");

    private final ApplicationContext context;

    ExpressionBeans(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // The factory bean has already built an expression manager that sees every bean: replace it.
        AllowedBeans beans = new AllowedBeans(context);
        configuration.setBeans(beans);
        configuration.setExpressionManager(new SpringExpressionManager(context, beans));
    }

    /** Looks beans up when an expression needs them: they are created after the engine. */
    private static final class AllowedBeans extends AbstractMap<Object, Object> {
        private final ApplicationContext context;

        AllowedBeans(ApplicationContext context) {
            this.context = context;
        }

        @Override
        public boolean containsKey(Object key) {
            return NAMES.contains(key);
        }

        @Override
        public Object get(Object key) {
            return NAMES.contains(key) ? context.getBean((String) key) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return NAMES.stream().map(name -> Map.entry((Object) name, context.getBean(name)))
                    .collect(Collectors.toSet());
        }
    }
}
