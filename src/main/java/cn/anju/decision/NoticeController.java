package cn.anju.decision;

import cn.anju.application.ApplicationRepository;
import cn.anju.security.CaseAccess;
import cn.anju.security.CurrentUser;
import cn.anju.security.Role;
import cn.anju.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/applications/{id}/responses: the family answers the one-time notice (documents are
 * uploaded first, to /documents). Answered once: a second answer, even at the same moment, is a 409.
 */
@RestController
class NoticeController {

    private final OneTimeNotice notices;
    private final CaseAccess access;
    private final ApplicationRepository applications;

    NoticeController(OneTimeNotice notices, CaseAccess access, ApplicationRepository applications) {
        this.notices = notices;
        this.access = access;
        this.applications = applications;
    }

    record Response(@Size(max = 1000) @cn.anju.identity.constraints.PlainText String note) {
    }

    record Answered(String status, long clockPausedDays) {
    }

    @PostMapping("/api/applications/{id}/responses")
    ResponseEntity<Answered> respond(@PathVariable UUID id, @Valid @RequestBody(required = false) Response response) {
        var user = CurrentUser.get();
        access.checkCanSee(user, id);
        if (!user.has(Role.APPLICANT)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Only the family answers its notice");
        }
        long paused = notices.answered(id, response == null ? null : response.note());
        return ResponseEntity.accepted().body(new Answered(
                applications.findById(id).orElseThrow().status().name(), paused));
    }
}
