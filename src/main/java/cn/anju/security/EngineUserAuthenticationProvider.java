package cn.anju.security;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Signs users in against the {@link UserDirectory}, the same store the Camunda webapps use. */
@Component
class EngineUserAuthenticationProvider implements AuthenticationProvider {

    private final UserDirectory users;

    EngineUserAuthenticationProvider(UserDirectory users) {
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        AnjuUser user = users.authenticate(authentication.getName(), password)
                .orElseThrow(() -> new BadCredentialsException("Wrong user name or password"));
        List<SimpleGrantedAuthority> authorities = user.roles().stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
