package cn.anju.security;

import cn.anju.application.District;
import java.util.Set;

/** Who is calling: user name, roles, and for district staff their district. */
public record AnjuUser(String username, Set<Role> roles, District district) {

    public AnjuUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(r -> r != Role.APPLICANT);
    }
}
