package org.yagura.artifacts;

import java.util.Optional;

/**
 * How artifacts learn about the records they are attached to. The module that owns a kind of record
 * (intake for reports, incidents for incidents) implements it, so that artifacts and evidence are
 * visible exactly when their record is, without artifacts depending on that module.
 */
public interface ArtifactRecordAccess {

    /** The kind of record, e.g. {@code report}. */
    String kind();

    /** The collection in URLs, e.g. {@code reports} for {@code /reports/{key}} and {@code /api/v1/reports/{key}}. */
    String collection();

    /** The record with this key if it exists and the signed-in user may read it; empty otherwise. */
    Optional<AttachedRecord> find(String key);
}
