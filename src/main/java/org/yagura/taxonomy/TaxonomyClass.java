package org.yagura.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/** A class of the classification, e.g. RSIT's {@code malicious-code}, or one the team added. */
@Entity
@Table(name = "taxonomy_class")
class TaxonomyClass extends TaxonomyEntry {

    @Id
    private UUID id;
    private String classKey;

    protected TaxonomyClass() {
        // for JPA
    }

    /** A local class; shipped ones are inserted by {@link RsitLoader}. */
    TaxonomyClass(String classKey, TaxonomyLabels labels) {
        super(labels);
        this.id = UUID.randomUUID();
        this.classKey = TaxonomyKey.ofClass(classKey).classKey();
    }

    @Override
    TaxonomyKey key() {
        return TaxonomyKey.ofClass(classKey);
    }

    String classKey() {
        return classKey;
    }

    TaxonomyClassSummary summary(List<TaxonomyTypeSummary> types) {
        return new TaxonomyClassSummary(classKey, labels(), source(), deprecated(), upstreamUuid(), createdAt(), version(),
                types);
    }
}
