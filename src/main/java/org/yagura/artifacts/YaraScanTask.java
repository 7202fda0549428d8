package org.yagura.artifacts;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The db-scheduler job {@code yara-scan}: a newly stored artifact scanned with every enabled rule set; instance id the artifact's id. */
@Component
class YaraScanTask extends OneTimeTask<Void> {

    static final String NAME = "yara-scan";
    private final YaraScanner scanner;
    private final ArtifactRepository artifacts;

    YaraScanTask(YaraScanner scanner, ArtifactRepository artifacts) {
        super(NAME, Void.class);
        this.scanner = scanner;
        this.artifacts = artifacts;
    }

    @Override
    public void executeOnce(TaskInstance<Void> instance, ExecutionContext context) {
        artifacts.findById(UUID.fromString(instance.getId()))
                .ifPresent(a -> scanner.scanOnArrival(a.id(), a.key(), a.sha256()));
    }
}
