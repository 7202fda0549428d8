package org.yagura.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yagura.shared.Actor;

/**
 * On an empty database, creates the {@code admin} account: with {@code YAGURA_ADMIN_PASSWORD}, or
 * else with a one-time password written once to the log; and, with {@code YAGURA_BOOTSTRAP_TOKEN},
 * an API token for automation.
 */
@Component
@Order(0)
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);
    static final String USERNAME = "admin";

    private final UserService users;
    private final ApiTokenService tokens;
    private final TransactionTemplate tx;
    private final String initialPassword;
    private final String bootstrapToken;

    BootstrapAdministrator(UserService users, ApiTokenService tokens, TransactionTemplate tx,
            @Value("${yagura.admin.initial-password:}") String initialPassword,
            @Value("${yagura.admin.bootstrap-token:}") String bootstrapToken) {
        this.users = users;
        this.tokens = tokens;
        this.tx = tx;
        this.initialPassword = initialPassword;
        this.bootstrapToken = bootstrapToken;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (!bootstrapToken.isEmpty() && bootstrapToken.length() < 32) {
            throw new IllegalStateException("YAGURA_BOOTSTRAP_TOKEN must be at least 32 characters long");
        }
        try {
            CreatedUser admin = tx.execute(status -> {
                Actor system = Actor.system();
                CreatedUser created = users.createAs(new NewUser(USERNAME, "Administrator", null, Role.ADMINISTRATOR,
                        initialPassword.isEmpty() ? null : initialPassword, null), system);
                if (!bootstrapToken.isEmpty()) {
                    tokens.store(created.user().id(), "bootstrap", bootstrapToken, null, system);
                }
                return created;
            });
            if (admin != null && admin.oneTimePassword() != null) {
                log.warn("Bootstrap administrator '{}' created. One-time password: {} (it must be changed at the first sign-in)",
                        USERNAME, admin.oneTimePassword());
            } else {
                log.info("Bootstrap administrator '{}' created with the password from YAGURA_ADMIN_PASSWORD", USERNAME);
            }
        } catch (PasswordRejectedException e) {
            throw new IllegalStateException("YAGURA_ADMIN_PASSWORD does not meet the password policy (" + e.messageKey()
                    + "): at least " + PasswordPolicy.MIN_LENGTH + " characters, not containing the user name 'admin', not a common password", e);
        } catch (DataIntegrityViolationException anotherNodeWasFirst) {
            log.info("Bootstrap administrator already created by another node");
        }
    }
}
