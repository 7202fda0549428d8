package org.yagura.intake;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yagura.taxonomy.TaxonomyUsage;

/** Tells the taxonomy which classes and types reports use (as suggested or as triaged), so they are never deleted. */
@Component
class ReportClassificationUsage implements TaxonomyUsage {

    private final JdbcClient jdbc;

    ReportClassificationUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long countUsing(String classKey, @Nullable String typeKey) {
        if (typeKey == null) {
            return jdbc.sql("SELECT count(*) FROM intake_report WHERE class_key = ? OR suggested_class = ?")
                    .params(classKey, classKey).query(Long.class).single();
        }
        return jdbc.sql("SELECT count(*) FROM intake_report WHERE (class_key = ? AND type_key = ?)"
                        + " OR (suggested_class = ? AND suggested_type = ?)")
                .params(classKey, typeKey, classKey, typeKey).query(Long.class).single();
    }
}
