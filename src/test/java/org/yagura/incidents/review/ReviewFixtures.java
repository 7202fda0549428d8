package org.yagura.incidents.review;

import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.yagura.identity.ApiTokenService;
import org.yagura.identity.NewUser;
import org.yagura.identity.Role;
import org.yagura.identity.UserService;
import org.yagura.identity.UserSummary;

/** Reviews and staff for the tests of reviews, statements and report documents, built in code. */
public final class ReviewFixtures {

    /** The bootstrap administrator's token of the test configuration. */
    public static final String ADMIN = "Bearer ygr_test_bootstrap_token_0123456789abcdefghij";
    private static final String PASSWORD = "Quiet-Watchtower-Lantern-7";

    private ReviewFixtures() {
    }

    /** A user of a role, with an API token. */
    public record Staff(UserSummary user, String bearer) {
        public String username() {
            return user.username();
        }
    }

    /** Writes and completes the review of {@code key} as the signed-in user, so that the incident may close. */
    public static ReviewView completeReview(ReviewService reviews, String key) {
        reviews.save(key, new ReviewText("Phishing contained within a day", "No MFA on the mail gateway", null, null), null);
        return reviews.complete(key, null);
    }

    /** Signs in {@code username} on this thread, as the web and API filters would. */
    public static void signIn(UserDetailsService details, String username) {
        UserDetails user = details.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Creates a user of {@code role} with an API token (signs in as admin to do it, and signs out again). */
    public static Staff staff(UserDetailsService details, UserService users, ApiTokenService tokens, Role role) {
        signIn(details, "admin");
        try {
            String name = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
            UserSummary user = users.create(new NewUser(name, "Test " + name, null, role, PASSWORD, null)).user();
            return new Staff(user, "Bearer " + tokens.create(user.id(), "test", null).secret());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
