package cn.anju.dashboard;

import cn.anju.followon.FollowOnWork;
import cn.anju.followon.FollowOnWork.PendingReaction;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Managers see the after-commit reactions that have not succeeded yet, and may have them tried again now. */
@RestController
class FollowOnWorkController {

    private final FollowOnWork work;

    FollowOnWorkController(FollowOnWork work) {
        this.work = work;
    }

    @GetMapping(path = "/api/dashboard/follow-on-work", produces = MediaType.APPLICATION_JSON_VALUE)
    List<PendingReaction> pending() {
        return work.pending();
    }

    @PostMapping("/api/dashboard/follow-on-work/retry")
    List<PendingReaction> retry() {
        work.retryAll();
        return work.pending();
    }
}
