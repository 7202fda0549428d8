package org.yagura.incidents;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The fields that differ between two states of an incident, as {@code name: old → new}. */
final class FieldChanges {

    private static final Set<String> NOT_FIELDS = Set.of("version", "updatedAt", "assigneeId", "participants", "status",
            "resolution", "acknowledgedAt", "containedAt", "resolvedAt", "closedAt", "duplicateOf");
    private static final int SHOWN = 200;

    private FieldChanges() {
    }

    /** The changes as journal messages: field (in the reader's language), old and new value as stored. */
    static List<JournalMessage> messages(IncidentView before, IncidentView after) {
        List<JournalMessage> changes = new ArrayList<>();
        for (RecordComponent c : IncidentView.class.getRecordComponents()) {
            if (NOT_FIELDS.contains(c.getName())) {
                continue;
            }
            Object old = value(c, before);
            Object now = value(c, after);
            if (!Objects.equals(old, now)) {
                changes.add(JournalMessage.of("incidents.journal.sys.field", JournalMessage.Arg.label(
                        "incidents.journal.v.field." + c.getName()), shown(old), shown(now)));
            }
        }
        return changes;
    }

    static List<String> between(IncidentView before, IncidentView after) {
        List<String> changes = new ArrayList<>();
        for (RecordComponent c : IncidentView.class.getRecordComponents()) {
            if (NOT_FIELDS.contains(c.getName())) {
                continue;
            }
            Object old = value(c, before);
            Object now = value(c, after);
            if (!Objects.equals(old, now)) {
                changes.add(c.getName() + ": " + shown(old) + " → " + shown(now));
            }
        }
        return changes;
    }

    private static Object value(RecordComponent c, IncidentView v) {
        try {
            return c.getAccessor().invoke(v);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shown(Object value) {
        String s = value == null ? "∅" : value.toString();
        return s.length() > SHOWN ? s.substring(0, SHOWN) + "…" : s;
    }
}
