package org.yagura.artifacts;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Queues YARA scans and hunts in the caller's transaction, and wakes the local scheduler after the commit (as {@link AnalysisQueue}). */
@Component
class YaraQueue {

    private final ObjectProvider<SchedulerClient> scheduler;
    private final YaraScanTask scan;
    private final YaraHuntTask hunt;

    YaraQueue(ObjectProvider<SchedulerClient> scheduler, YaraScanTask scan, YaraHuntTask hunt) {
        this.scheduler = scheduler;
        this.scan = scan;
        this.hunt = hunt;
    }

    void scan(UUID artifactId) {
        schedule(client -> client.scheduleIfNotExists(scan.instance(artifactId.toString()), Instant.now()));
    }

    void hunt(UUID huntId) {
        schedule(client -> client.scheduleIfNotExists(hunt.instance(huntId.toString()), Instant.now()));
    }

    private void schedule(java.util.function.Consumer<SchedulerClient> action) {
        SchedulerClient client = scheduler.getObject();
        action.accept(client);
        if (client instanceof Scheduler local && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    local.triggerCheckForDueExecutions();
                }
            });
        } else if (client instanceof Scheduler local) {
            local.triggerCheckForDueExecutions();
        }
    }
}
