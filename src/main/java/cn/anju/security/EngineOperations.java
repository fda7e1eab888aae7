package cn.anju.security;

import cn.anju.security.EngineOperationCatalog.Operation;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The engine operations each role may call, one list for both doors ({@code /engine-rest} and the
 * webapps' {@code /camunda/api/engine}). Anything not listed is refused, so a Camunda upgrade that adds
 * an operation adds nothing anyone can call. District staff get what Tasklist calls; managers also what
 * Cockpit and Admin call. Nobody deploys, starts or deletes a case's process, sends messages or signals,
 * throws BPMN errors or escalations, writes variables outside a completion, or checks passwords
 * ({@code /identity/verify} is an oracle): those change a case outside its model. The engine's own
 * authorizations still decide which task, filter or instance a permitted operation reaches.
 */
final class EngineOperations {

    /** What Tasklist needs: every signed-in member of staff. */
    private static final Set<Role> STAFF = EnumSet.of(Role.CLERK, Role.SUPERVISOR, Role.EDUCATION_OFFICER,
            Role.HEALTH_OFFICER, Role.MANAGER);
    private static final Set<Role> MANAGERS = EnumSet.of(Role.MANAGER);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    /** Methods on templates (as in the engine's annotations), or on every template when {@code template} is null. */
    record Rule(Set<String> methods, String template, Set<Role> roles) {
        boolean matches(String method, String operationTemplate) {
            return methods.contains(method) && (template == null || template.equals(operationTemplate));
        }
    }

    static final List<Rule> RULES = Stream.of(
            // Tasklist: engines, filters and their tasks, a task's form and variables, its diagram, names.
            reads(STAFF, "/engine", "/filter", "/filter/count", "/filter/{id}", "/filter/{id}/list",
                    "/filter/{id}/count", "/filter/{id}/singleResult", "/task", "/task/count", "/task/{id}",
                    "/task/{id}/form", "/task/{id}/deployed-form", "/task/{id}/rendered-form",
                    "/task/{id}/form-variables", "/task/{id}/variables", "/task/{id}/variables/{name}",
                    "/task/{id}/variables/{name}/data", "/task/{id}/localVariables", "/task/{id}/localVariables/{name}",
                    "/task/{id}/localVariables/{name}/data", "/task/{id}/identity-links",
                    "/task/{id}/comment", "/task/{id}/comment/{commentId}", "/task/{id}/attachment",
                    "/process-definition", "/process-definition/count", "/process-definition/{id}",
                    "/process-definition/{id}/xml", "/process-definition/key/{key}",
                    "/process-definition/key/{key}/xml", "/user", "/user/count", "/user/{id}/profile",
                    "/history/user-operation", "/history/user-operation/count"),
            writes(STAFF, "POST", "/filter/{id}/list", "/filter/{id}/count", "/filter/{id}/singleResult", "/task",
                    "/task/count", "/task/{id}/claim", "/task/{id}/complete", "/task/{id}/submit-form"),
            // Cockpit and Admin read everything the engine's grants let them see.
            List.of(new Rule(READS, null, MANAGERS)),
            // Queries sent as bodies, as Cockpit does.
            writes(MANAGERS, "POST", "/process-instance", "/process-instance/count", "/execution", "/execution/count",
                    "/variable-instance", "/variable-instance/count", "/job", "/job/count", "/job-definition",
                    "/job-definition/count", "/external-task", "/external-task/count",
                    "/history/process-instance", "/history/process-instance/count", "/history/activity-instance",
                    "/history/activity-instance/count", "/history/variable-instance",
                    "/history/variable-instance/count", "/history/task", "/history/task/count",
                    "/history/job-log", "/history/detail", "/group", "/group/count"),
            // Cockpit: incidents are mended by retrying jobs; suspending pauses a case without ending it. (Not
            // executing a job now: that would fire a deadline's timer early.)
            writes(MANAGERS, "PUT", "/job/{id}/retries", "/job-definition/{id}/retries", "/job-definition/{id}/jobPriority", "/incident/{id}/annotation",
                    "/process-instance/{id}/suspended", "/process-definition/{id}/suspended",
                    "/process-definition/key/{key}/suspended", "/job-definition/{id}/suspended",
                    "/job/{id}/suspended"),
            writes(MANAGERS, "POST", "/job/retries"),
            writes(MANAGERS, "DELETE", "/incident/{id}/annotation"),
            // Tasklist for managers: any task, handed to whoever should do it.
            writes(MANAGERS, "POST", "/task/{id}/unclaim", "/task/{id}/assignee", "/filter/create"),
            writes(MANAGERS, "PUT", "/filter/{id}"),
            writes(MANAGERS, "DELETE", "/filter/{id}"),
            // Admin: users, groups, memberships, grants, tenants.
            writes(MANAGERS, "POST", "/user/create", "/user/{id}/unlock", "/group/create", "/authorization/create",
                    "/tenant/create", "/identity/password-policy"),
            writes(MANAGERS, "PUT", "/user/{id}/profile", "/user/{id}/credentials", "/group/{id}",
                    "/group/{id}/members/{userId}", "/authorization/{id}", "/tenant/{id}",
                    "/tenant/{id}/user-members/{userId}", "/tenant/{id}/group-members/{groupId}"),
            writes(MANAGERS, "DELETE", "/user/{id}", "/group/{id}", "/group/{id}/members/{userId}",
                    "/authorization/{id}", "/tenant/{id}", "/tenant/{id}/user-members/{userId}",
                    "/tenant/{id}/group-members/{groupId}"))
            .flatMap(List::stream).toList();

    private EngineOperations() {
    }

    /** Whether a user with these roles may call the operation ({@code method} on a path below the engine root). */
    static boolean permits(Set<Role> roles, String method, String operationPath) {
        String asked = "HEAD".equals(method) ? "GET" : method;
        // Only what the engine offers: an OPTIONS that Jersey would answer itself describes the whole API.
        return EngineOperationCatalog.templateOf(operationPath)
                .filter(template -> EngineOperationCatalog.operations().contains(new Operation(asked, template)))
                .filter(template -> RULES.stream().anyMatch(rule -> rule.matches(asked, template)
                        && rule.roles().stream().anyMatch(roles::contains))).isPresent();
    }

    private static List<Rule> reads(Set<Role> roles, String... paths) {
        return rules(READS, roles, paths);
    }

    private static List<Rule> writes(Set<Role> roles, String method, String... paths) {
        return rules(Set.of(method), roles, paths);
    }

    private static List<Rule> rules(Set<String> methods, Set<Role> roles, String... paths) {
        return Arrays.stream(paths).map(path -> {
            String template = EngineOperationCatalog.normalise(path);
            boolean offered = EngineOperationCatalog.operations().stream().anyMatch(operation ->
                    operation.template().equals(template) && methods.contains(operation.method()));
            if (!offered) {
                throw new IllegalStateException("The engine offers no " + methods + " " + path + ": a typo in the rules?");
            }
            return new Rule(methods, template, roles);
        }).toList();
    }
}
