package cn.anju.process;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.ProcessEngineElContext;
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
        configuration.setExpressionManager(new NoQueryExpressions(context, beans));
    }

    /**
     * Models evaluate expressions against an execution or a task; only a query evaluates one against
     * nothing (AbstractQuery.evaluateExpressions). The engine forbids them in top-level queries only,
     * not in a task query's orQueries, a stored filter or a filter's extension, so here none runs at all,
     * behind the HTTP check that answers such requests first.
     */
    static final class NoQueryExpressions extends SpringExpressionManager {
        NoQueryExpressions(ApplicationContext context, Map<Object, Object> beans) {
            super(context, beans);
        }

        @Override
        protected ProcessEngineElContext createElContext(VariableScope variableScope) {
            if (variableScope == null) {
                throw new QueryExpressionRefused();
            }
            return super.createElContext(variableScope);
        }
    }

    /** Not a ProcessEngineException, which the query would wrap and carry on describing. */
    static final class QueryExpressionRefused extends RuntimeException {
        QueryExpressionRefused() {
            super("Expressions are forbidden in queries and filters");
        }
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
