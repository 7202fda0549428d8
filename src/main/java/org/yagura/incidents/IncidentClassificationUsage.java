package org.yagura.incidents;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yagura.taxonomy.TaxonomyUsage;

/** Tells the taxonomy which classes and types incidents and playbooks use, so they are never deleted. */
@Component
class IncidentClassificationUsage implements TaxonomyUsage {

    private final JdbcClient jdbc;

    IncidentClassificationUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long countUsing(String classKey, @Nullable String typeKey) {
        if (typeKey == null) {
            return jdbc.sql("SELECT (SELECT count(*) FROM incident WHERE class_key = ?)"
                            + " + (SELECT count(*) FROM incident_playbook WHERE class_key = ?)")
                    .params(classKey, classKey).query(Long.class).single();
        }
        return jdbc.sql("SELECT (SELECT count(*) FROM incident WHERE class_key = ? AND type_key = ?)"
                        + " + (SELECT count(*) FROM incident_playbook WHERE class_key = ? AND type_key = ?)")
                .params(classKey, typeKey, classKey, typeKey).query(Long.class).single();
    }
}
