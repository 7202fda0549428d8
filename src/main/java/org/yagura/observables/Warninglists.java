package org.yagura.observables;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The compiled warninglists: the shipped MISP lists plus the lists and entries administrators added.
 * Rebuilt after a local change and at least every 30 seconds, so other nodes of a cluster catch up.
 */
@Component
class Warninglists {

    private static final Duration MAX_AGE = Duration.ofSeconds(30);
    private final JdbcClient jdbc;
    private final List<Warninglist> shipped = ShippedWarninglists.load();
    private volatile WarninglistMatcher matcher;
    private volatile Instant builtAt = Instant.EPOCH;

    Warninglists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current matcher. */
    WarninglistMatcher matcher() {
        if (matcher == null || Instant.now().isAfter(builtAt.plus(MAX_AGE))) {
            rebuild();
        }
        return matcher;
    }

    synchronized void rebuild() {
        Map<String, List<String>> added = new HashMap<>();
        jdbc.sql("SELECT list_name, entry FROM observable_warninglist_entry ORDER BY list_name, entry")
                .query((rs, i) -> added.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2))).list();
        List<Warninglist> lists = new ArrayList<>();
        for (Warninglist list : shipped) {
            List<String> entries = new ArrayList<>(list.entries());
            entries.addAll(added.getOrDefault(list.name(), List.of()));
            lists.add(new Warninglist(list.name(), list.description(), list.type(), list.matchingTypes(), entries, true));
        }
        jdbc.sql("SELECT name, description, list_type, matching_types FROM observable_warninglist ORDER BY name")
                .query((rs, i) -> lists.add(new Warninglist(rs.getString(1), rs.getString(2),
                        WarninglistType.valueOf(rs.getString(3)), types(rs.getString(4)),
                        added.getOrDefault(rs.getString(1), List.of()), false))).list();
        matcher = new WarninglistMatcher(lists);
        builtAt = Instant.now();
    }

    boolean exists(String name) {
        return matcher().lists().stream().anyMatch(l -> l.name().equals(name));
    }

    void insertList(Warninglist list, String by) {
        jdbc.sql("INSERT INTO observable_warninglist (name, description, list_type, matching_types, created_by, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(list.name(), list.description(), list.type().name(),
                        list.matchingTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(",")), by,
                        Timestamp.from(Instant.now())).update();
    }

    /** Adds entries (duplicates are ignored); returns how many were new. */
    int insertEntries(String list, List<String> entries, String by) {
        Timestamp now = Timestamp.from(Instant.now());
        int added = 0;
        for (String entry : entries.stream().map(String::strip).distinct().toList()) {
            added += jdbc.sql("INSERT INTO observable_warninglist_entry (list_name, entry, created_by, created_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING").params(list, entry, by, now).update();
        }
        return added;
    }

    private static Set<ObservableType> types(String csv) {
        return csv.isBlank() ? EnumSet.noneOf(ObservableType.class)
                : Arrays.stream(csv.split(",")).map(ObservableType::valueOf).collect(Collectors.toCollection(
                        () -> EnumSet.noneOf(ObservableType.class)));
    }
}
