package org.yagura.artifacts;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The db-scheduler job {@code artifact-analysis}: one execution per artifact, its instance id the
 * artifact's id. A node that dies mid-analysis leaves a dead execution, which db-scheduler runs again.
 */
@Component
class ArtifactAnalysisTask extends OneTimeTask<Void> {

    static final String NAME = "artifact-analysis";
    private final ArtifactAnalyser analyser;

    ArtifactAnalysisTask(ArtifactAnalyser analyser) {
        super(NAME, Void.class);
        this.analyser = analyser;
    }

    @Override
    public void executeOnce(TaskInstance<Void> instance, ExecutionContext context) {
        analyser.analyse(UUID.fromString(instance.getId()));
    }
}
