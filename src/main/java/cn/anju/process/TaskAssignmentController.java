package cn.anju.process;

import cn.anju.application.CaseLog;
import cn.anju.application.District;
import cn.anju.application.TimelineEntryType;
import cn.anju.security.AnjuUser;
import cn.anju.security.CurrentUser;
import cn.anju.security.Role;
import cn.anju.security.UserDirectory;
import cn.anju.web.ApiException;
import cn.anju.web.FieldProblem;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/tasks/{taskId}/assignee {"userId": "..."}: a supervisor hands a task of their district to
 * another of its candidates (a clerk off sick), which engine users cannot do themselves (claims are for
 * oneself, cn.anju.process.EngineCommandGuard). Managers may do it in every district. The task must be
 * offered to a candidate group of the district, and the new assignee must belong to one of its candidate
 * groups. Set in-process, and written to the case's timeline.
 */
@RestController
class TaskAssignmentController {

    record Assignment(String userId) {
    }

    static final TimelineEntryType REASSIGNED = TimelineEntryType.TASK_REASSIGNED;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final CaseLog caseLog;

    TaskAssignmentController(TaskService tasks, RuntimeService runtime, IdentityService identity, CaseLog caseLog) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
        this.caseLog = caseLog;
    }

    @PostMapping("/api/tasks/{taskId}/assignee")
    @Transactional
    ResponseEntity<Void> reassign(@PathVariable String taskId, @RequestBody(required = false) Assignment body) {
        AnjuUser caller = CurrentUser.get();
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        List<IdentityLink> links = task == null ? List.of() : tasks.getIdentityLinksForTask(taskId);
        if (task == null || !mayReassign(caller, TaskCandidates.groups(links))) {
            throw new ApiException(HttpStatus.NOT_FOUND, "No such task, or not one you may reassign");
        }
        String userId = body == null || body.userId() == null ? "" : body.userId().strip();
        if (userId.isEmpty()) {
            throw invalid("is required");
        }
        if (!TaskCandidates.mayWork(userId, links, identity)) {
            throw invalid("is not a candidate for this task: a member of " + TaskCandidates.groups(links));
        }
        try {
            tasks.setAssignee(taskId, userId);
        } catch (TaskRefused refused) {
            throw invalid(refused.getMessage()); // e.g. four eyes: the reviewer cannot take the decision
        } catch (org.camunda.bpm.engine.ProcessEngineException failed) {
            var refused = TaskRefused.within(failed);
            if (refused.isEmpty()) {
                throw failed;
            }
            throw invalid(refused.get().getMessage());
        }
        Object applicationId = task.getProcessInstanceId() == null ? null
                : runtime.getVariable(task.getProcessInstanceId(), ProcessIds.Var.APPLICATION_ID);
        if (applicationId != null) {
            caseLog.record(UUID.fromString(applicationId.toString()), REASSIGNED, caller.username(),
                    task.getName() + " to " + userId);
        }
        return ResponseEntity.noContent().build();
    }

    /** Supervisors in their own district, managers in any; only tasks offered to a district's group. */
    private static boolean mayReassign(AnjuUser caller, List<String> candidateGroups) {
        Set<District> districts = Arrays.stream(District.values())
                .filter(d -> candidateGroups.stream().anyMatch(g -> districtGroups(d).contains(g)))
                .collect(Collectors.toSet());
        if (caller.has(Role.MANAGER)) {
            return !districts.isEmpty();
        }
        return caller.has(Role.SUPERVISOR) && caller.district() != null && districts.contains(caller.district());
    }

    private static Set<String> districtGroups(District district) {
        return Arrays.stream(Role.values()).filter(Role::isDistrictStaff)
                .map(role -> UserDirectory.candidateGroup(role, district)).collect(Collectors.toSet());
    }

    private static ApiException invalid(String message) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "The new assignee " + message,
                List.of(new FieldProblem("userId", message)));
    }
}
