package cn.anju.process;

import cn.anju.application.District;
import cn.anju.process.ProcessIds.Var;
import cn.anju.security.EngineAuthorizations;
import cn.anju.security.Role;
import cn.anju.security.StartupLock;
import cn.anju.security.UserDirectory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Tasklist filters of each district's staff, created (or brought up to date) by name on every
 * start, writing only those missing or changed, and readable only by the candidate group they list: a Futian clerk sees "福田区 材料审核" and
 * "福田区 即将到期的审核", nobody else's. Every filter lists tasks due first and shows the reference.
 * "Due soon" means raised to {@link EscalateToSupervisor#HIGH_PRIORITY} by the escalation timer: a
 * stored query cannot compute "three days from now" (expressions in stored queries are off).
 */
@Component
class TasklistFilters implements InitializingBean {

    private static final List<Map<String, String>> SHOWN_VARIABLES = List.of(
            Map.of("name", Var.REFERENCE, "label", "申请编号 Reference"));

    private final FilterService filters;
    private final TaskService tasks;
    private final EngineAuthorizations authorizations;
    private final TransactionTemplate transaction;
    private final StartupLock startupLock;

    TasklistFilters(FilterService filters, TaskService tasks, EngineAuthorizations authorizations,
                    TransactionTemplate transaction, StartupLock startupLock) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
        this.transaction = transaction;
        this.startupLock = startupLock;
    }

    /** One filter: its name after the district's, for whom, and which of their tasks. */
    private record Spec(String chinese, String english, Role role, int priority, UnaryOperator<TaskQuery> narrow) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("材料审核", "evidence reviews", Role.CLERK, 10,
                    q -> q.taskDefinitionKey(ProcessIds.TASK_REVIEW_EVIDENCE)),
            new Spec("即将到期的审核", "reviews due soon", Role.CLERK, 11, TasklistFilters::dueSoon),
            new Spec("审批", "approvals", Role.SUPERVISOR, 20,
                    q -> q.taskDefinitionKey(ProcessIds.TASK_DECIDE_APPLICATION)),
            new Spec("即将到期的审批与审核", "approvals and reviews due soon", Role.SUPERVISOR, 21,
                    TasklistFilters::dueSoon),
            new Spec("学位确认", "school places", Role.EDUCATION_OFFICER, 30,
                    q -> q.taskDefinitionKey(ProcessIds.TASK_CONFIRM_SCHOOL)),
            new Spec("即将到期的学位确认", "school places due soon", Role.EDUCATION_OFFICER, 31,
                    TasklistFilters::dueSoon),
            new Spec("社康登记与补种核查", "clinics and catch-up vaccinations", Role.HEALTH_OFFICER, 40,
                    q -> q.taskDefinitionKeyIn(ProcessIds.TASK_CONFIRM_CLINIC, ProcessIds.TASK_CATCH_UP_VACCINATION)),
            new Spec("即将到期的社康任务", "clinic tasks due soon", Role.HEALTH_OFFICER, 41,
                    TasklistFilters::dueSoon));

    private static TaskQuery dueSoon(TaskQuery query) {
        return query.taskMinPriority(EscalateToSupervisor.HIGH_PRIORITY);
    }

    @Override
    public void afterPropertiesSet() {
        transaction.executeWithoutResult(status -> {
            startupLock.hold("tasklist-filters");
            Map<String, Filter> existing = new HashMap<>();
            filters.createTaskFilterQuery().list().forEach(filter -> existing.putIfAbsent(filter.getName(), filter));
            Map<String, String> readers = new LinkedHashMap<>();
            for (District district : District.values()) {
                SPECS.forEach(spec -> {
                    Filter saved = save(district, spec, existing);
                    readers.put(saved.getId(), UserDirectory.candidateGroup(spec.role(), district));
                });
            }
            authorizations.grantEach(Resources.FILTER, Permissions.READ, readers);
        });
    }

    static String name(District district, String chinese, String english) {
        return district.chineseName() + " " + chinese + " " + district.englishName() + ": " + english;
    }

    /** The filter as the spec describes it: written only when missing or different (someone edited it). */
    private Filter save(District district, Spec spec, Map<String, Filter> existing) {
        String name = name(district, spec.chinese(), spec.english());
        String group = UserDirectory.candidateGroup(spec.role(), district);
        // Claimed tasks stay in the list (with their assignee), so colleagues see who works on what.
        TaskQuery query = spec.narrow().apply(tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks())
                .orderByDueDate().asc().orderByTaskPriority().desc();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", spec.english() + " of " + district.englishName());
        properties.put("priority", spec.priority());
        properties.put("refresh", true);
        properties.put("variables", SHOWN_VARIABLES);
        Filter wanted = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
        Filter filter = existing.get(name);
        if (filter != null && sameAs(filter, wanted)) {
            return filter;
        }
        filter = filter != null ? filter : filters.newTaskFilter(name);
        filter.setQuery(query);
        filter.setProperties(properties);
        return filters.saveFilter(filter);
    }

    /** Compares what is stored: the wanted filter's query and properties read back as a stored one's are. */
    private boolean sameAs(Filter stored, Filter wanted) {
        if (!(stored instanceof FilterEntity s) || !(wanted instanceof FilterEntity w)) {
            return false;
        }
        FilterEntity readBack = (FilterEntity) filters.newTaskFilter(w.getName());
        readBack.setQueryInternal(w.getQueryInternal());
        readBack.setPropertiesInternal(w.getPropertiesInternal());
        return readBack.getQueryInternal().equals(s.getQueryInternal())
                && readBack.getPropertiesInternal().equals(s.getPropertiesInternal());
    }
}
