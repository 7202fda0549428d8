package org.yagura.artifacts;

import java.util.UUID;
import org.yagura.shared.Actor;
import org.yagura.shared.AuditableEvent;

/**
 * A YARA rule set was created ({@code yara.rule-set-created}, also by import), edited
 * ({@code yara.rule-set-updated}), enabled or disabled ({@code yara.rule-set-enabled},
 * {@code yara.rule-set-disabled}) or deleted ({@code yara.rule-set-deleted}).
 */
public record YaraRuleSetChanged(Actor actor, String action, UUID ruleSetId, String key, String summary)
        implements AuditableEvent {

    @Override
    public String subjectType() {
        return "yara-rule-set";
    }

    @Override
    public String subjectId() {
        return key;
    }
}
