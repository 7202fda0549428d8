package org.yagura.observables;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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

    /** Whether {@code viewer} may add observables to the record. */
    boolean writable(Viewer viewer, UUID id);

    /** The text observables are extracted from (a report's body), if the record has any. */
    Optional<String> text(UUID id);

    /** The path of the record's page, e.g. {@code /reports/RPT-2026-00042}. */
    String path(String key);
}
