package org.yagura.incidents.sla;

import java.time.Duration;
import org.yagura.shared.api.BadRequestException;
import org.yagura.taxonomy.Priority;

/** How long a clock of this kind may run for a record of this priority; in business time when {@code businessHours}. */
public record SlaTarget(Priority priority, SlaKind kind, Duration target, boolean businessHours) {

    public SlaTarget {
        if (target.isNegative() || target.isZero()) {
            throw new BadRequestException("sla.error.target");
        }
    }
}
