package org.yagura.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads a user for form sign-in. */
@Component
class IdentityUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    IdentityUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(User.normalise(username))
                .filter(u -> u.passwordHash() != null)
                .map(u -> new YaguraPrincipal(u, null))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
