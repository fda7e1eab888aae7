package cn.anju.security;

import cn.anju.application.District;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: user name, the account that owns the user's cases (never reused, unlike a name),
 * roles, and for district staff their district.
 */
public record AnjuUser(String username, UUID accountId, Set<Role> roles, District district) implements Principal {

    public AnjuUser {
        java.util.Objects.requireNonNull(accountId, "accountId");
        roles = Set.copyOf(roles);
    }

    /** Spring Security's and Thymeleaf's name of the signed-in user. */
    @Override
    public String getName() {
        return username;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(r -> r != Role.APPLICANT);
    }
}
