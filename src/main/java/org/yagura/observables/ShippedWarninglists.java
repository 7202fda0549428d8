package org.yagura.observables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads warninglists in the MISP {@code list.json} format: the ones shipped under {@code observables/warninglists}. */
final class ShippedWarninglists {

    private static final Logger log = LoggerFactory.getLogger(ShippedWarninglists.class);
    private static final String FOLDER = "observables/warninglists/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ShippedWarninglists() {
    }

    /** Every list named in {@code lists.txt}. */
    static List<Warninglist> load() {
        var lists = new ArrayList<Warninglist>();
        try (InputStream index = new ClassPathResource(FOLDER + "lists.txt").getInputStream()) {
            for (String folder : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!folder.isBlank()) {
                    try (InputStream in = new ClassPathResource(FOLDER + folder.strip() + "/list.json").getInputStream()) {
                        Warninglist list = parse(in, true);
                        if (list != null) {
                            lists.add(list);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lists;
    }

    /** One list; null (and a warning) when none of its MISP attribute types is a Yagura type. */
    static @org.jspecify.annotations.Nullable Warninglist parse(InputStream json, boolean shipped) throws IOException {
        JsonNode node = JSON.readTree(json);
        String name = node.get("name").asString();
        List<String> attributes = new ArrayList<>();
        if (node.has("matching_attributes")) {
            node.get("matching_attributes").forEach(a -> attributes.add(a.asString()));
        }
        Set<ObservableType> types = attributes.isEmpty() ? EnumSet.noneOf(ObservableType.class) : MispAttributeTypes.of(attributes);
        if (!attributes.isEmpty() && types.isEmpty()) {
            log.warn("Warninglist {} matches no observable type of Yagura ({}); not loaded", name, attributes);
            return null;
        }
        List<String> entries = new ArrayList<>();
        node.get("list").forEach(e -> entries.add(e.asString()));
        WarninglistType type = node.has("type") ? WarninglistType.ofMisp(node.get("type").asString()) : WarninglistType.STRING;
        return new Warninglist(name, node.path("description").asString(""), type, types, entries, shipped);
    }
}
