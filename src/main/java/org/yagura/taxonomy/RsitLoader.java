package org.yagura.taxonomy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yagura.shared.Actor;

/**
 * Inserts the shipped RSIT classes and types that the database lacks, by their stable keys. Rows
 * already there are left alone (an administrator may have deprecated them), and {@code ON CONFLICT
 * DO NOTHING} lets several nodes start at once.
 */
@Component
class RsitLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RsitLoader.class);
    private static final String INSERT_CLASS = """
            INSERT INTO taxonomy_class (id, class_key, label_en, label_ja, description_en, description_ja, source,
              upstream_uuid, display_order, deprecated, created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, 'rsit', ?, ?, FALSE, ?, ?, 0) ON CONFLICT DO NOTHING""";
    private static final String INSERT_TYPE = """
            INSERT INTO taxonomy_type (id, class_key, type_key, label_en, label_ja, description_en, description_ja, source,
              upstream_uuid, display_order, deprecated, created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'rsit', ?, ?, FALSE, ?, ?, 0) ON CONFLICT DO NOTHING""";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    RsitLoader(JdbcClient jdbc, TransactionTemplate tx, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads what is missing and returns how many rows were added. */
    int load() {
        Integer added = tx.execute(status -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            int classes = 0;
            int types = 0;
            for (RsitCatalogue.Entry e : RsitCatalogue.load()) {
                TaxonomyLabels l = e.labels();
                if (e.typeKey() == null) {
                    classes += jdbc.sql(INSERT_CLASS).params(UUID.randomUUID(), e.classKey(), l.en(), l.ja(),
                            l.descriptionEn(), l.descriptionJa(), e.uuid(), e.position(), now, now).update();
                } else {
                    types += jdbc.sql(INSERT_TYPE).params(UUID.randomUUID(), e.classKey(), e.typeKey(), l.en(), l.ja(),
                            l.descriptionEn(), l.descriptionJa(), e.uuid(), e.position(), now, now).update();
                }
            }
            if (classes + types > 0) {
                events.publishEvent(new TaxonomyChanged(Actor.system(), "taxonomy.imported", "taxonomy", "rsit",
                        "classes added: " + classes + "; types added: " + types));
                log.info("Loaded the RSIT taxonomy: {} classes and {} types added", classes, types);
            }
            return classes + types;
        });
        return added == null ? 0 : added;
    }
}
