package org.yagura.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongPassphrase() {
        assertThat(policy.violation("Correct-Horse-Battery-9", "admin")).isEmpty();
        assertThat(policy.violation("とても長い日本語のパスフレーズです", "admin")).isEmpty();
    }

    @Test
    void rejectsShortLongCommonAndPersonalPasswords() {
        assertThat(policy.violation("short1!", "admin")).contains("password.too-short");
        assertThat(policy.violation("x".repeat(10) + "y".repeat(250), "admin")).contains("password.too-long");
        assertThat(policy.violation("password123", "admin")).contains("password.too-short");
        assertThat(policy.violation("passwordpassword", "admin")).contains("password.too-common");
        assertThat(policy.violation("aaaaaaaaaaaaaaaa", "admin")).contains("password.too-common");
        assertThat(policy.violation("my-Taro.Yamada-pass", "taro.yamada")).contains("password.contains-username");
    }

    @Test
    void oneTimePasswordsSatisfyThePolicyAndDiffer() {
        String a = policy.oneTimePassword();
        String b = policy.oneTimePassword();
        assertThat(a).hasSize(20).isNotEqualTo(b);
        assertThat(policy.violation(a, "admin")).isEmpty();
    }
}
