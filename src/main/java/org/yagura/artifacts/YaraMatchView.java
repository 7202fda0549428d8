package org.yagura.artifacts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A rule of a rule set that matched an artifact, with the strings found (offsets in bytes from the start of the file). */
public record YaraMatchView(UUID id, String artifactKey, String artifactFileName, String ruleSetKey, String ruleSetName,
        String rule, List<String> ruleTags, List<YaraMatchString> strings, int stringCount, Instant matchedAt) {
}
