package org.yagura.observables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ObservableMessagesTests {

    @Test
    void englishAndJapaneseHaveTheSameKeys() throws IOException {
        assertThat(load("ja").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    @Test
    void everyTypeHasANameAndARejectionMessage() throws IOException {
        Properties en = load("en");

        assertThat(Arrays.stream(ObservableType.values()).map(ObservableType::key))
                .allSatisfy(key -> assertThat(en).containsKeys("observable.type." + key, "observable.invalid." + key));
    }

    private static Properties load(String language) throws IOException {
        var properties = new Properties();
        try (var in = ObservableMessagesTests.class.getResourceAsStream("/i18n/observables/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
