package org.yagura.artifacts;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.Tlp;

/**
 * A rule set to create or the new state of one to edit. {@code tags} are the rule set's own labels
 * (not the tags of its rules); {@code tlp} defaults to AMBER; {@code version}, when given on an edit,
 * must be the version read (409 otherwise).
 */
public record YaraRuleSetRequest(@Nullable String name, @Nullable String description, @Nullable String source,
        @Nullable List<String> tags, @Nullable Tlp tlp, @Nullable Boolean enabled, @Nullable Long version) {
}
