package org.yagura.incidents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yagura.intake.ReportView;

/** Which reports belong to which incident ({@code incident_report}); the reports themselves stay in intake. */
@Component
class IncidentReportLinks {

    private final JdbcClient jdbc;

    IncidentReportLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void link(UUID incidentId, ReportView report, String by, Instant now) {
        jdbc.sql("INSERT INTO incident_report (report_id, report_key, incident_id, attached_by, attached_at) VALUES (?, ?, ?, ?, ?)")
                .params(report.id(), report.key(), incidentId, by, Timestamp.from(now)).update();
    }

    List<String> reportKeys(UUID incidentId) {
        return jdbc.sql("SELECT report_key FROM incident_report WHERE incident_id = ? ORDER BY attached_at, report_key")
                .param(incidentId).query(String.class).list();
    }

    /** Moves the reports of one incident to another (when incidents are merged); the earlier link is kept in the journal. */
    int move(UUID fromId, UUID toId) {
        return jdbc.sql("UPDATE incident_report SET incident_id = ? WHERE incident_id = ?").params(toId, fromId).update();
    }

    /** Moves the given reports of one incident to another (when an incident is split out); returns how many moved. */
    int move(UUID fromId, UUID toId, java.util.Collection<String> reportKeys) {
        return reportKeys.isEmpty() ? 0 : jdbc.sql("UPDATE incident_report SET incident_id = :to WHERE incident_id = :from"
                        + " AND report_key IN (:keys)")
                .param("to", toId).param("from", fromId).param("keys", List.copyOf(reportKeys)).update();
    }
}
