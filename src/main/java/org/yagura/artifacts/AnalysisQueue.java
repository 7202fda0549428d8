package org.yagura.artifacts;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues analysis jobs in db-scheduler's table, in the caller's transaction: a job exists exactly when
 * its artifact was committed. After the commit the local scheduler is woken, so the job starts at once
 * instead of at the next poll.
 */
@Component
class AnalysisQueue {

    private final ObjectProvider<SchedulerClient> scheduler;
    private final ArtifactAnalysisTask task;

    AnalysisQueue(ObjectProvider<SchedulerClient> scheduler, ArtifactAnalysisTask task) {
        this.scheduler = scheduler;
        this.task = task;
    }

    void schedule(UUID artifactId) {
        SchedulerClient client = scheduler.getObject();
        client.scheduleIfNotExists(task.instance(artifactId.toString()), Instant.now());
        if (client instanceof Scheduler local && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    local.triggerCheckForDueExecutions();
                }
            });
        }
    }
}
