package org.yagura.taxonomy;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;

/**
 * What classes and types share: bilingual labels, where they come from, and the rules that shipped
 * entries keep their wording and are never deleted, while any entry may be deprecated.
 */
@MappedSuperclass
abstract class TaxonomyEntry {

    static final int LABEL_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;
    static final int LOCAL_POSITION = 10_000;

    private String labelEn;
    private String labelJa;
    private @Nullable String descriptionEn;
    private @Nullable String descriptionJa;
    private String source;
    private @Nullable UUID upstreamUuid;
    private int displayOrder;
    private boolean deprecated;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected TaxonomyEntry() {
        // for JPA
    }

    TaxonomyEntry(TaxonomyLabels labels) {
        apply(labels);
        this.source = TaxonomySource.LOCAL.code();
        this.displayOrder = LOCAL_POSITION;
        this.createdAt = now();
        this.updatedAt = createdAt;
    }

    abstract TaxonomyKey key();

    /** Changes the wording of a local entry; returns whether anything changed. */
    boolean relabel(TaxonomyLabels labels) {
        if (source() == TaxonomySource.RSIT) {
            throw new ConflictException("taxonomy.shipped.read-only", key().toString());
        }
        if (labels.equals(labels())) {
            return false;
        }
        apply(labels);
        this.updatedAt = now();
        return true;
    }

    /** Marks the entry deprecated (true) or active (false); returns whether that changed anything. */
    boolean deprecate(boolean flag) {
        if (deprecated == flag) {
            return false;
        }
        this.deprecated = flag;
        this.updatedAt = now();
        return true;
    }

    void requireDeletable(long uses) {
        if (source() == TaxonomySource.RSIT) {
            throw new ConflictException("taxonomy.shipped.not-deletable", key().toString());
        }
        if (uses > 0) {
            throw new ConflictException("taxonomy.in-use", key().toString(), uses);
        }
    }

    TaxonomyLabels labels() {
        return new TaxonomyLabels(labelEn, labelJa, descriptionEn, descriptionJa);
    }

    TaxonomySource source() { return TaxonomySource.of(source); }
    @Nullable UUID upstreamUuid() { return upstreamUuid; }
    boolean deprecated() { return deprecated; }
    Instant createdAt() { return createdAt; }
    long version() { return version; }

    /** Checks and tidies labels from a user: both names required, descriptions optional. */
    static TaxonomyLabels validated(TaxonomyLabels labels) {
        String en = labels.en().strip();
        String ja = labels.ja().strip();
        if (en.isEmpty() || ja.isEmpty() || en.length() > LABEL_MAX || ja.length() > LABEL_MAX) {
            throw new BadRequestException("taxonomy.label.invalid", LABEL_MAX);
        }
        return new TaxonomyLabels(en, ja, description(labels.descriptionEn()), description(labels.descriptionJa()));
    }

    private static @Nullable String description(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > DESCRIPTION_MAX) {
            throw new BadRequestException("taxonomy.description.invalid", DESCRIPTION_MAX);
        }
        return text.strip();
    }

    private void apply(TaxonomyLabels labels) {
        TaxonomyLabels clean = validated(labels);
        this.labelEn = clean.en();
        this.labelJa = clean.ja();
        this.descriptionEn = clean.descriptionEn();
        this.descriptionJa = clean.descriptionJa();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
