package org.yagura.incidents;

import java.time.Instant;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.yagura.identity.NewUser;
import org.yagura.identity.Role;
import org.yagura.identity.UserService;
import org.yagura.identity.UserSummary;
import org.yagura.shared.Tlp;
import org.yagura.taxonomy.Impact;
import org.yagura.taxonomy.Priority;
import org.yagura.taxonomy.Urgency;

/** Incidents and signed-in users for tests, built in code. */
final class IncidentFixtures {

    static final String PASSWORD = "Quiet-Watchtower-Lantern-7";

    private IncidentFixtures() {
    }

    static IncidentFields phishing(String title) {
        return IncidentFields.of(title, "fraud", "phishing", Impact.MEDIUM, Urgency.HIGH, Tlp.AMBER);
    }

    static IncidentFields phishing(String title, Tlp tlp) {
        return IncidentFields.of(title, "fraud", "phishing", Impact.MEDIUM, Urgency.HIGH, tlp);
    }

    /** A new incident as the aggregate, outside any database. */
    static Incident newIncident() {
        return new Incident("IR-2026-0001", phishing("Phishing wave"), Priority.P2, null, "handler", UUID.randomUUID(),
                Instant.parse("2026-05-01T09:00:00Z"));
    }

    /** Signs in {@code username} on this thread, as the web and API filters would. */
    static void signIn(UserDetailsService details, String username) {
        UserDetails user = details.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static UserSummary createUser(UserService users, Role role) {
        String name = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        return users.create(new NewUser(name, "Test " + name, null, role, PASSWORD, null)).user();
    }
}
