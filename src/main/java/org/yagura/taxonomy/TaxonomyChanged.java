package org.yagura.taxonomy;

import org.yagura.shared.Actor;
import org.yagura.shared.AuditableEvent;

/**
 * The classification or the priority matrix changed: {@code taxonomy.class-added},
 * {@code taxonomy.type-added}, {@code taxonomy.updated}, {@code taxonomy.deprecated},
 * {@code taxonomy.reactivated}, {@code taxonomy.deleted}, {@code taxonomy.imported} (shipped entries
 * loaded at start-up) and {@code taxonomy.priority-matrix-changed}. {@code subject} is the key
 * ({@code class} or {@code class/type}), or {@code priority-matrix}.
 */
public record TaxonomyChanged(Actor actor, String action, String subjectType, String subjectId, String summary)
        implements AuditableEvent {

    static TaxonomyChanged of(String action, TaxonomyKey key, String summary) {
        return new TaxonomyChanged(Actor.current(), action, key.isType() ? "taxonomy-type" : "taxonomy-class",
                key.toString(), summary);
    }
}
