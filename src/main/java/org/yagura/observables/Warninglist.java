package org.yagura.observables;

import java.util.List;
import java.util.Set;

/**
 * A list of well-known values (public resolvers, private ranges, top sites, empty-file hashes): a hit
 * marks an observable as known noise. {@code matchingTypes} empty means every type; {@code shipped}
 * lists come with Yagura (MISP warninglists), the others were added by an administrator.
 */
public record Warninglist(String name, String description, WarninglistType type, Set<ObservableType> matchingTypes,
        List<String> entries, boolean shipped) {

    public Warninglist {
        matchingTypes = Set.copyOf(matchingTypes);
        entries = List.copyOf(entries);
    }

    /** Whether values of {@code type} are compared with this list. */
    public boolean applies(ObservableType valueType) {
        return matchingTypes.isEmpty() || matchingTypes.contains(valueType);
    }
}
