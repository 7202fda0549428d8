package org.yagura.observables;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.yagura.identity.PolicyCondition;
import org.yagura.identity.Viewer;

/**
 * Implemented by each module whose records observables are linked to (intake for reports, later incidents,
 * artifacts, intel): that module alone decides who may see and change its records. Observables never
 * shows, counts or links a record without asking it.
 */
public interface LinkedRecordAccess {

    /** The record kind this module answers for, e.g. {@code report}; lower case, at most 24 characters. */
    String kind();

    /** The record with this human key, whoever asks; empty when there is none. */
    Optional<LinkedRecord> find(String key);

    /** Those of {@code ids} that {@code viewer} may read. */
    Set<UUID> visible(Viewer viewer, Collection<UUID> ids);

    /**
     * {@link #visible} as an SQL condition on a record id: true exactly for the ids (the SQL expression
     * {@code idColumn}) of records of this kind that {@code viewer} may read, typically an {@code EXISTS} over the
     * module's table with {@link org.yagura.identity.AccessPolicy#readableCondition}. It lets observables count and
     * select readable links inside the database, so a value with 100,000 links costs one query, not 100 pages.
     * Empty (the default) when the module can only answer through {@link #visible}.
     */
    default Optional<PolicyCondition> readableCondition(Viewer viewer, String idColumn) {
        return Optional.empty();
    }

    /** Whether {@code viewer} may add observables to the record. */
    boolean writable(Viewer viewer, UUID id);

    /** The text observables are extracted from (a report's body), if the record has any. */
    Optional<String> text(UUID id);

    /** The path of the record's page, e.g. {@code /reports/RPT-2026-00042}. */
    String path(String key);
}
