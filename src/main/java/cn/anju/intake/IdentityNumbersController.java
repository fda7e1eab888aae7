package cn.anju.intake;

import cn.anju.accesslog.PersonalData;
import cn.anju.accesslog.StaffReads;
import cn.anju.application.ApplicationRepository;
import cn.anju.security.AnjuUser;
import cn.anju.security.CaseAccess;
import cn.anju.security.CaseNotFoundException;
import cn.anju.security.CurrentUser;
import cn.anju.web.ApiException;
import cn.anju.web.FieldProblem;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The whole identity and phone numbers of a case, where a task needs them (a registry check, a call to the
 * family): staff name the task, and each reveal is an access record. Everywhere else they are masked.
 */
@RestController
class IdentityNumbersController {

    private final ApplicationRepository applications;
    private final CaseAccess access;
    private final StaffReads reads;

    IdentityNumbersController(ApplicationRepository applications, CaseAccess access, StaffReads reads) {
        this.applications = applications;
        this.access = access;
        this.reads = reads;
    }

    record Person(UUID id, String residentId, String phone) {
    }

    record IdentityNumbers(List<Person> applicants, List<Person> children) {
    }

    @GetMapping("/api/applications/{id}/identity-numbers")
    IdentityNumbers reveal(@PathVariable UUID id, @RequestParam(required = false) String taskId) {
        AnjuUser user = CurrentUser.get();
        access.checkCanSee(user, id);
        if (user.isStaff() && (taskId == null || taskId.isBlank())) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "Name the task that needs the whole numbers",
                    List.of(new FieldProblem("taskId", "is required to reveal identity numbers")));
        }
        var application = applications.findById(id).orElseThrow(() -> new CaseNotFoundException(id));
        reads.record(user, id, PersonalData.IDENTITY_NUMBER, taskId);
        return new IdentityNumbers(
                application.applicants().stream().map(p -> new Person(p.id(), p.residentId(), p.phone())).toList(),
                application.children().stream().map(c -> new Person(c.id(), c.residentId(), null)).toList());
    }
}
