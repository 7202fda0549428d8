package org.yagura.incidents.sla.web;

import java.util.List;
import org.yagura.incidents.sla.SlaKind;
import org.yagura.incidents.sla.SlaTarget;
import org.yagura.taxonomy.Priority;

/** The targets as the page shows them: one row per priority, one column per kind. */
public record SlaTargetGrid(List<SlaTarget> targets) {

    public SlaTargetGrid {
        targets = List.copyOf(targets);
    }

    public List<Priority> priorities() {
        return List.of(Priority.values());
    }

    public List<SlaKind> kinds() {
        return List.of(SlaKind.values());
    }

    public SlaTarget of(Priority priority, SlaKind kind) {
        return targets.stream().filter(t -> t.priority() == priority && t.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("No SLA target for " + priority + " " + kind));
    }
}
