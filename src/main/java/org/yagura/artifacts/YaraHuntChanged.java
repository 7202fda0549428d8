package org.yagura.artifacts;

import java.util.UUID;
import org.yagura.shared.Actor;
import org.yagura.shared.AuditableEvent;

/** A retro-hunt was started ({@code yara.hunt-started}), cancelled ({@code yara.hunt-cancelled}) or ended ({@code yara.hunt-finished}). */
public record YaraHuntChanged(Actor actor, String action, UUID huntId, String key, String summary) implements AuditableEvent {

    @Override
    public String subjectType() {
        return "yara-hunt";
    }

    @Override
    public String subjectId() {
        return key;
    }
}
