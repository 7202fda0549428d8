package org.yagura.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.Actor;
import org.yagura.shared.AuditableEvent;

/** Events shaped like those of the other modules, built in code for the audit tests. */
public final class AuditFixtures {

    private AuditFixtures() {
    }

    /** An event whose every audited field is a record component. */
    public record RecordedChange(Actor actor, String action, String subjectType, String subjectId, String summary)
            implements AuditableEvent {
    }

    /** An event shaped like a real module's: facts as components, audit fields derived from them. */
    public record SampleRenamed(Actor actor, UUID sampleId, String oldName, String newName) implements AuditableEvent {

        @Override
        public String action() {
            return "sample.renamed";
        }

        @Override
        public String subjectType() {
            return "sample";
        }

        @Override
        public String subjectId() {
            return sampleId.toString();
        }

        @Override
        public String summary() {
            return "name: " + oldName + " → " + newName;
        }
    }

    public static RecordedChange change(String actor, String action, String subjectId) {
        return change(actor, "192.0.2.10", Instant.now(), action, subjectId);
    }

    public static RecordedChange change(String actor, @Nullable String clientAddress, Instant at, String action,
            String subjectId) {
        return new RecordedChange(new Actor(actor, clientAddress, at.truncatedTo(ChronoUnit.MICROS)), action,
                "sample", subjectId, "status: new → open");
    }

    /** A user name no other test uses, so that filtering by it finds only this test's entries. */
    public static String uniqueActor(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
