package cn.anju.security;

import java.util.Arrays;
import java.util.Optional;

/** The roles of DOMAIN.md; each is a group of type "role" in the one user store. */
public enum Role {
    APPLICANT("applicant", false),
    CLERK("clerk", true),
    SUPERVISOR("supervisor", true),
    EDUCATION_OFFICER("education", true),
    HEALTH_OFFICER("health", true),
    MANAGER("manager", false);

    private final String groupId;
    private final boolean districtStaff;

    Role(String groupId, boolean districtStaff) {
        this.groupId = groupId;
        this.districtStaff = districtStaff;
    }

    public String groupId() {
        return groupId;
    }

    /** Staff who work on the cases of one district, and whose tasks are offered to "role-district". */
    public boolean isDistrictStaff() {
        return districtStaff;
    }

    public static Optional<Role> ofGroup(String groupId) {
        return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
    }
}
