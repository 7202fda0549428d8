package org.yagura.artifacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The audit summary of an edited rule set: each changed field as {@code name: old → new}; the source by its rules. */
final class YaraChanges {

    private YaraChanges() {
    }

    static String between(YaraRuleSetView old, YaraRuleSetView now) {
        List<String> parts = new ArrayList<>();
        field(parts, "name", old.name(), now.name());
        field(parts, "description", old.description(), now.description());
        field(parts, "tags", String.join(",", old.tags()), String.join(",", now.tags()));
        field(parts, "tlp", old.tlp().name(), now.tlp().name());
        field(parts, "enabled", String.valueOf(old.enabled()), String.valueOf(now.enabled()));
        if (!old.source().equals(now.source())) {
            parts.add("source changed; rules: " + String.join(",", old.ruleNames()) + " → " + String.join(",", now.ruleNames()));
        }
        return parts.isEmpty() ? "no change" : String.join("; ", parts);
    }

    private static void field(List<String> parts, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            parts.add(name + ": " + a + " → " + b);
        }
    }
}
