package org.yagura.artifacts;

import java.util.UUID;
import org.yagura.shared.Actor;
import org.yagura.shared.AuditableEvent;

/**
 * An artifact was stored ({@code artifact.uploaded}), analysed ({@code artifact.analysed},
 * {@code artifact.analysis-failed}), queued again ({@code artifact.analysis-retried}) or downloaded
 * ({@code artifact.downloaded}).
 */
public record ArtifactChanged(Actor actor, String action, UUID artifactId, String key, String summary)
        implements AuditableEvent {

    @Override
    public String subjectType() {
        return "artifact";
    }

    @Override
    public String subjectId() {
        return key;
    }
}
