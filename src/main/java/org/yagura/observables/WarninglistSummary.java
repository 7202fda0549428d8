package org.yagura.observables;

import java.util.Set;

/** A warninglist without its entries, for lists and pages. */
public record WarninglistSummary(String name, String description, WarninglistType type, Set<ObservableType> matchingTypes,
        int entries, boolean shipped) {

    static WarninglistSummary of(Warninglist list) {
        return new WarninglistSummary(list.name(), list.description(), list.type(), list.matchingTypes(), list.entries().size(),
                list.shipped());
    }
}
