package org.yagura.artifacts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.Tlp;

/**
 * A YARA rule set as pages and the API see it: its source as entered, the rules it defines, tags, TLP
 * and whether new artifacts are scanned with it. Only rule sets that compiled are ever stored.
 */
public record YaraRuleSetView(UUID id, String key, String name, @Nullable String description, String source,
        List<String> ruleNames, List<String> tags, Tlp tlp, boolean enabled, String createdBy, @Nullable UUID createdById,
        Instant createdAt, String updatedBy, Instant updatedAt, long version) {
}
