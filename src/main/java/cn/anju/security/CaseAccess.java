package cn.anju.security;

import cn.anju.application.ApplicationRepository;
import cn.anju.application.District;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may see an application: its owner (the account, not whoever holds its name now), staff of its district, managers. Anyone else is told it
 * does not exist (404), so that references cannot be probed.
 */
@Component
public class CaseAccess {

    private final ApplicationRepository applications;

    public CaseAccess(ApplicationRepository applications) {
        this.applications = applications;
    }

    public void checkCanSee(AnjuUser user, UUID applicationId) {
        var scope = applications.findScope(applicationId)
                .orElseThrow(() -> new CaseNotFoundException(applicationId));
        if (!canSee(user, scope.ownerAccount(), scope.district())) {
            throw new CaseNotFoundException(applicationId);
        }
    }

    public static boolean canSee(AnjuUser user, UUID ownerAccount, District district) {
        if (user.has(Role.MANAGER)) {
            return true;
        }
        if (user.has(Role.APPLICANT) && user.accountId().equals(ownerAccount)) {
            return true;
        }
        return user.isStaff() && user.district() != null && user.district() == district;
    }
}
