package org.yagura.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every visible string exists in Japanese and in English. */
class MessageBundleTests {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Pattern LITERAL_KEY = Pattern.compile("ctx\\.t\\(\"([A-Za-z0-9._-]+)\"\\s*[,)]");

    @Test
    void everyBundleHasTheSameKeysInJapaneseAndEnglish() throws IOException {
        try (Stream<Path> modules = Files.list(BUNDLES)) {
            for (Path module : modules.toList()) {
                Set<String> en = load(module.resolve("messages_en.properties")).stringPropertyNames();
                Set<String> ja = load(module.resolve("messages_ja.properties")).stringPropertyNames();
                assertThat(difference(en, ja)).as("keys of %s missing in Japanese", module).isEmpty();
                assertThat(difference(ja, en)).as("keys of %s missing in English", module).isEmpty();
            }
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String lang : new String[] {"en", "ja"}) {
            Set<String> seen = new HashSet<>();
            Set<String> twice = new TreeSet<>();
            try (Stream<Path> modules = Files.list(BUNDLES)) {
                for (Path module : modules.toList()) {
                    for (String key : load(module.resolve("messages_" + lang + ".properties")).stringPropertyNames()) {
                        if (!seen.add(key)) {
                            twice.add(key);
                        }
                    }
                }
            }
            assertThat(twice).as("keys defined in more than one %s bundle", lang).isEmpty();
        }
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Set<String> known = new HashSet<>();
        try (Stream<Path> modules = Files.list(BUNDLES)) {
            for (Path module : modules.toList()) {
                known.addAll(load(module.resolve("messages_en.properties")).stringPropertyNames());
            }
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(template));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(template.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
