package org.yagura.taxonomy;

import java.util.List;

/** The priority of every impact × urgency pair. */
public record PriorityMatrix(List<Cell> cells) {

    /** One cell of the matrix. */
    public record Cell(Impact impact, Urgency urgency, Priority priority) {
    }

    public PriorityMatrix {
        cells = List.copyOf(cells);
    }

    /** The priority for an impact and urgency. */
    public Priority priority(Impact impact, Urgency urgency) {
        return cells.stream().filter(c -> c.impact() == impact && c.urgency() == urgency).findFirst()
                .map(Cell::priority)
                .orElseThrow(() -> new IllegalStateException("No priority for " + impact + " × " + urgency));
    }
}
