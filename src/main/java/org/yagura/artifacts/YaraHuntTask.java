package org.yagura.artifacts;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The db-scheduler job {@code yara-hunt}: one retro-hunt, instance id the hunt's id. A node that dies
 * mid-hunt leaves a dead execution; db-scheduler runs it again and the hunt goes on after the last
 * artifact it recorded.
 */
@Component
class YaraHuntTask extends OneTimeTask<Void> {

    static final String NAME = "yara-hunt";
    private final YaraHunter hunter;

    YaraHuntTask(YaraHunter hunter) {
        super(NAME, Void.class);
        this.hunter = hunter;
    }

    @Override
    public void executeOnce(TaskInstance<Void> instance, ExecutionContext context) {
        hunter.run(UUID.fromString(instance.getId()));
    }
}
