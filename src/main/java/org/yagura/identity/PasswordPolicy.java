package org.yagura.identity;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a password must be (NIST SP 800-63B style: length and a block list, no composition rules)
 * and how one-time passwords are made.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 256;
    private static final Set<String> COMMON = Set.of(
            "password", "password1", "password123", "123456789012", "qwertyuiop", "qwertyuiopas", "iloveyou1234",
            "administrator", "letmein12345", "welcome12345", "changeme1234", "passw0rd1234", "p@ssw0rd1234",
            "yagura123456", "yagurayagura", "1q2w3e4r5t6y", "abcdefghijkl", "aaaaaaaaaaaa", "trustno1trustno1",
            "monkey123456", "dragon123456", "football1234", "baseball1234", "sunshine1234", "princess1234",
            "qwerty123456", "1234567890ab", "zaq12wsxcde3", "passwordpassword", "correcthorsebatterystaple");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private final SecureRandom random = new SecureRandom();

    /** The message key of the first rule the password breaks, if any. */
    Optional<String> violation(String password, String username) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.contains-username");
        }
        if (COMMON.contains(lower) || password.chars().distinct().count() < 4) {
            return Optional.of("password.too-common");
        }
        return Optional.empty();
    }

    /** A random 20-character password for a first or reset sign-in. */
    String oneTimePassword() {
        StringBuilder b = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
