package org.yagura.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped RSIT taxonomy: MISP's {@code machinetag.json} (English names and descriptions, uuids)
 * joined with Yagura's {@code labels_ja.properties}. Every class comes before its types.
 */
final class RsitCatalogue {

    static final String JSON = "taxonomy/rsit/machinetag.json";
    static final String LABELS_JA = "taxonomy/rsit/labels_ja.properties";

    /** A class ({@code typeKey} null) or a type, in the order of the upstream file. */
    record Entry(String classKey, @Nullable String typeKey, UUID uuid, int position, TaxonomyLabels labels) {
    }

    private RsitCatalogue() {
    }

    static List<Entry> load() {
        JsonNode root = JsonMapper.builder().build().readTree(read(JSON));
        Properties ja = japanese();
        List<Entry> entries = new ArrayList<>();
        int position = 0;
        for (JsonNode predicate : root.get("predicates")) {
            String classKey = predicate.get("value").asString();
            entries.add(entry(predicate, classKey, null, position++, ja));
        }
        for (JsonNode values : root.get("values")) {
            String classKey = values.get("predicate").asString();
            int typePosition = 0;
            for (JsonNode value : values.get("entry")) {
                entries.add(entry(value, classKey, value.get("value").asString(), typePosition++, ja));
            }
        }
        return List.copyOf(entries);
    }

    private static Entry entry(JsonNode node, String classKey, @Nullable String typeKey, int position, Properties ja) {
        String key = typeKey == null ? classKey : classKey + "/" + typeKey;
        TaxonomyLabels labels = new TaxonomyLabels(text(node, "expanded"), ja.getProperty(key + ".label", ""),
                text(node, "description"), ja.getProperty(key + ".description"));
        return new Entry(classKey, typeKey, UUID.fromString(node.get("uuid").asString()), position, labels);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? "" : value.asString().strip();
    }

    private static Properties japanese() {
        Properties p = new Properties();
        try (InputStream in = new ClassPathResource(LABELS_JA).getInputStream();
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LABELS_JA, e);
        }
        return p;
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
