package org.yagura.artifacts;

import org.yagura.shared.Tlp;

/** An artifact as a similarity answer lists it: enough to name it and link to it. */
public record ArtifactSummary(String key, String fileName, String recordKind, String recordKey, String sha256, Tlp tlp) {

    static ArtifactSummary of(ArtifactView a) {
        return new ArtifactSummary(a.key(), a.fileName(), a.recordKind(), a.recordKey(), a.sha256(), a.tlp());
    }
}
