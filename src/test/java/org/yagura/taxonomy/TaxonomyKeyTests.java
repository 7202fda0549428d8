package org.yagura.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yagura.shared.api.BadRequestException;

class TaxonomyKeyTests {

    @Test
    void parsesClassAndTypeKeys() {
        assertThat(TaxonomyKey.parse("malicious-code")).isEqualTo(TaxonomyKey.ofClass("malicious-code"));
        assertThat(TaxonomyKey.parse("malicious-code/c2-server")).isEqualTo(TaxonomyKey.ofType("malicious-code", "c2-server"));
        assertThat(TaxonomyKey.ofType("fraud", "phishing")).hasToString("fraud/phishing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Upper", "with space", "under_score", "fraud/", "/phishing", "a/b/c", "日本語"})
    void refusesKeysThatAreNotLowerCaseLettersDigitsAndHyphens(String key) {
        assertThatThrownBy(() -> TaxonomyKey.parse(key)).isInstanceOf(BadRequestException.class)
                .hasMessage("taxonomy.key.invalid");
    }

    @Test
    void refusesKeysLongerThan64Characters() {
        assertThat(TaxonomyKey.isValid("x".repeat(64))).isTrue();
        assertThat(TaxonomyKey.isValid("x".repeat(65))).isFalse();
    }

    @Test
    void picksTheLabelOfTheUsersLanguage() {
        TaxonomyLabels labels = new TaxonomyLabels("Phishing", "フィッシング", "Credential theft", null);
        assertThat(labels.label(Locale.JAPANESE)).isEqualTo("フィッシング");
        assertThat(labels.otherLabel(Locale.JAPANESE)).isEqualTo("Phishing");
        assertThat(labels.label(Locale.ENGLISH)).isEqualTo("Phishing");
        assertThat(labels.description(Locale.JAPANESE)).isEmpty();
        assertThat(labels.description(Locale.ENGLISH)).isEqualTo("Credential theft");
    }

    @Test
    void readsLegacyPapWhiteAsClear() {
        assertThat(Pap.parse("PAP:WHITE")).isEqualTo(Pap.CLEAR);
        assertThat(Pap.parse("amber")).isEqualTo(Pap.AMBER);
        assertThat(Pap.GREEN.label()).isEqualTo("PAP:GREEN");
    }
}
