package org.yagura.taxonomy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.shared.Actor;

/**
 * The front door for the impact × urgency → priority matrix. Everyone may read it and compute a
 * priority; team leads and administrators change cells. The defaults come with the migration.
 */
@Service
@Transactional
public class PriorityMatrixService {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    PriorityMatrixService(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The whole matrix, most severe impact and urgency first. */
    @Transactional(readOnly = true)
    public PriorityMatrix matrix() {
        List<PriorityMatrix.Cell> cells = jdbc.sql("SELECT impact, urgency, priority FROM taxonomy_priority_matrix")
                .query((rs, n) -> new PriorityMatrix.Cell(Impact.valueOf(rs.getString(1)), Urgency.valueOf(rs.getString(2)),
                        Priority.valueOf(rs.getString(3))))
                .list();
        return new PriorityMatrix(cells.stream()
                .sorted((a, b) -> a.impact() != b.impact() ? b.impact().compareTo(a.impact())
                        : b.urgency().compareTo(a.urgency()))
                .toList());
    }

    /** The priority of an incident with this impact and urgency. */
    @Transactional(readOnly = true)
    public Priority priority(Impact impact, Urgency urgency) {
        return jdbc.sql("SELECT priority FROM taxonomy_priority_matrix WHERE impact = ? AND urgency = ?")
                .params(impact.name(), urgency.name()).query(String.class).optional()
                .map(Priority::valueOf)
                .orElseThrow(() -> new IllegalStateException("No priority for " + impact + " × " + urgency));
    }

    /** Sets the given cells (others stay); one audit event lists the cells that changed. */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    public PriorityMatrix change(List<PriorityMatrix.Cell> cells) {
        PriorityMatrix before = matrix();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        List<String> changed = new ArrayList<>();
        for (PriorityMatrix.Cell cell : cells) {
            Priority old = before.priority(cell.impact(), cell.urgency());
            if (old != cell.priority()) {
                jdbc.sql("UPDATE taxonomy_priority_matrix SET priority = ?, updated_at = ? WHERE impact = ? AND urgency = ?")
                        .params(cell.priority().name(), now, cell.impact().name(), cell.urgency().name()).update();
                changed.add(cell.impact() + " × " + cell.urgency() + ": " + old + " → " + cell.priority());
            }
        }
        if (!changed.isEmpty()) {
            events.publishEvent(new TaxonomyChanged(Actor.current(), "taxonomy.priority-matrix-changed", "priority-matrix",
                    "priority-matrix", String.join("; ", changed)));
        }
        return matrix();
    }
}
