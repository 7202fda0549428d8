package org.yagura.artifacts;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Scan on arrival: when an artifact is stored (by an upload, or by intake for mail attachments), a
 * {@code yara-scan} job is queued in the same transaction, so it exists exactly when the artifact does.
 * The scan does not wait for the analysis: the two jobs read the same blob independently.
 */
@Component
class YaraArrivalListener {

    private final YaraRuleSetRepository ruleSets;
    private final YaraQueue queue;

    YaraArrivalListener(YaraRuleSetRepository ruleSets, YaraQueue queue) {
        this.ruleSets = ruleSets;
        this.queue = queue;
    }

    @EventListener
    void on(ArtifactChanged event) {
        if ("artifact.uploaded".equals(event.action()) && ruleSets.anyEnabled()) {
            queue.scan(event.artifactId());
        }
    }
}
