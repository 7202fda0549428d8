package org.yagura.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.api.CsvWriter;

/** The CSV export of a report list, the same for the page and the API. */
public final class ReportCsv {

    private static final List<String> HEADER = List.of("key", "received_at", "channel", "reporter", "summary", "tlp",
            "status", "decision", "class", "type", "suggested_class", "suggested_type", "duplicate_of", "forwarded_to",
            "decision_reason", "source", "external_reference", "created_by", "triaged_by", "triaged_at");

    private ReportCsv() {
    }

    /** Writes every report of the status (null: all) the caller may read. */
    public static void write(ReportService reports, @Nullable ReportStatus status, OutputStream out) throws IOException {
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(HEADER);
            reports.export(status, page -> page.forEach(r -> {
                try {
                    csv.row(Arrays.asList(r.key(), r.receivedAt(), r.channel(), r.reporter(), r.summary(), r.tlp().label(),
                            r.status(), r.decision(), r.classKey(), r.typeKey(), r.suggestedClass(), r.suggestedType(),
                            r.duplicateOf(), r.forwardedTo(), r.decisionReason(), r.source(), r.externalReference(),
                            r.createdBy(), r.triagedBy(), r.triagedAt()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
    }
}
