package cn.anju.process;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/** Whom a task may go to: a candidate user of it, or a member of one of its candidate groups. */
final class TaskCandidates {

    private TaskCandidates() {
    }

    static List<String> groups(List<? extends IdentityLink> links) {
        return links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    static boolean mayWork(String userId, List<? extends IdentityLink> links, IdentityService identity) {
        if (userId == null) {
            return false;
        }
        boolean candidateUser = links.stream().anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType())
                && userId.equals(l.getUserId()));
        List<String> groups = groups(links);
        return candidateUser || !groups.isEmpty() && identity.createGroupQuery().groupMember(userId)
                .groupIdIn(groups.toArray(String[]::new)).count() > 0;
    }
}
