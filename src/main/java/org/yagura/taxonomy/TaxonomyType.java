package org.yagura.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A type within a class, e.g. RSIT's {@code malicious-code/c2-server}, or one the team added. */
@Entity
@Table(name = "taxonomy_type")
class TaxonomyType extends TaxonomyEntry {

    @Id
    private UUID id;
    private String classKey;
    private String typeKey;

    protected TaxonomyType() {
        // for JPA
    }

    /** A local type; shipped ones are inserted by {@link RsitLoader}. */
    TaxonomyType(TaxonomyClass parent, String typeKey, TaxonomyLabels labels) {
        super(labels);
        this.id = UUID.randomUUID();
        this.classKey = parent.classKey();
        this.typeKey = TaxonomyKey.ofType(classKey, typeKey).typeKey();
    }

    @Override
    TaxonomyKey key() {
        return TaxonomyKey.ofType(classKey, typeKey);
    }

    String classKey() {
        return classKey;
    }

    TaxonomyTypeSummary summary() {
        return new TaxonomyTypeSummary(classKey, typeKey, labels(), source(), deprecated(), upstreamUuid(), createdAt(),
                version());
    }
}
