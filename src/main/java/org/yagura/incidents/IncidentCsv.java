package org.yagura.incidents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.yagura.shared.api.CsvWriter;

/**
 * CSV exports of a filtered incident list and of one incident's journal, the same for pages and the API.
 * Journal bodies are in the requesting user's language; {@code message_key} names the message of a
 * system entry (empty for entries people wrote and for older system entries).
 */
public final class IncidentCsv {

    private static final List<String> INCIDENT_HEADER = List.of("key", "title", "status", "resolution", "class", "type",
            "impact", "urgency", "priority", "tlp", "pap", "constituency", "affected_organisation", "assignee", "team_id",
            "parent", "duplicate_of", "occurred_at", "detected_at", "reported_at", "acknowledged_at", "contained_at",
            "resolved_at", "closed_at", "personal_data_breach", "personal_data_records", "created_by", "created_at");
    private static final List<String> JOURNAL_HEADER = List.of("incident", "seq", "kind", "occurred_at", "recorded_at",
            "recorded_by", "body", "message_key");

    private IncidentCsv() {
    }

    /** Every incident of the filter the caller may read. */
    public static void incidents(IncidentService service, IncidentFilter filter, OutputStream out) throws IOException {
        incidents(service, null, filter, out);
    }

    /** Every incident of the filter (and of the full-text search, when {@code text} is given) the caller may read. */
    public static void incidents(IncidentService service, @org.jspecify.annotations.Nullable String text, IncidentFilter filter,
            OutputStream out) throws IOException {
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(INCIDENT_HEADER);
            service.export(text, filter, page -> page.forEach(i -> row(csv, Arrays.asList(i.key(), i.title(), i.status(),
                    i.resolution(), i.classKey(), i.typeKey(), i.impact(), i.urgency(), i.priority(), i.tlp().label(),
                    i.pap().label(), i.constituency(), i.affectedOrganisation(), i.assignee(), i.teamId(), i.parentKey(),
                    i.duplicateOf(), i.occurredAt(), i.detectedAt(), i.reportedAt(), i.acknowledgedAt(), i.containedAt(),
                    i.resolvedAt(), i.closedAt(), i.personalDataBreach(), i.personalDataRecords(), i.createdBy(),
                    i.createdAt()))));
        }
    }

    public static void journal(List<JournalEntry> entries, OutputStream out) throws IOException {
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(JOURNAL_HEADER);
            for (JournalEntry e : entries) {
                csv.row(Arrays.asList(e.incidentKey(), e.seq(), e.kind(), e.occurredAt(), e.recordedAt(), e.recordedBy(),
                        e.body(), e.message() == null ? "" : e.message().key()));
            }
        }
    }

    private static void row(CsvWriter csv, List<?> fields) {
        try {
            csv.row(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
