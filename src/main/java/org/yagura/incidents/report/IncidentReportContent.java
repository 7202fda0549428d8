package org.yagura.incidents.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.yagura.incidents.IncidentView;
import org.yagura.incidents.JournalEntry;
import org.yagura.incidents.TaskView;
import org.yagura.incidents.review.ActionItemView;
import org.yagura.incidents.review.ReviewView;
import org.yagura.incidents.statement.MediaStatementView;

/**
 * Everything a report document shows about one incident, with the reader's language and time zone, and the
 * wording both renderings (Markdown and PDF) share.
 */
record IncidentReportContent(IncidentView incident, List<TaskView> tasks, List<JournalEntry> journal,
        ReviewView review, List<ActionItemView> actions, List<MediaStatementView> statements, Instant generatedAt,
        String generatedBy, MessageSource messages, Locale locale, ZoneId zone) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    String time(@Nullable Instant instant) {
        return instant == null ? "—" : TIME.format(instant.atZone(zone)) + " " + zoneLabel();
    }

    String title() {
        return t("incident-report.title", incident.key());
    }

    String language() {
        return locale.getLanguage().equals("ja") ? "ja" : "en";
    }

    /** The facts of the incident as label/value rows, in the order both renderings show them. */
    List<String[]> facts() {
        IncidentView i = incident;
        return List.of(
                row("incidents.field.status", t(i.status().labelKey())
                        + (i.resolution() == null ? "" : " (" + t(i.resolution().labelKey()) + ")")),
                row("incidents.field.priority", i.priority().name() + " — " + t(i.impact().labelKey()) + " × "
                        + t(i.urgency().labelKey())),
                row("incidents.field.classification", i.classKey() + " / " + i.typeKey()),
                row("incident-report.tlp-pap", i.tlp().label() + " / " + i.pap().label()),
                row("incidents.task.assignee", text(i.assignee())),
                row("incidents.field.constituency", text(i.constituency())),
                row("incidents.field.affected-organisation", text(i.affectedOrganisation())),
                row("incidents.field.occurred-at", time(i.occurredAt())),
                row("incidents.field.detected-at", time(i.detectedAt())),
                row("incidents.field.reported-at", time(i.reportedAt())),
                row("incidents.field.created", time(i.createdAt()) + " " + i.createdBy()),
                row("incidents.field.acknowledged-at", time(i.acknowledgedAt())),
                row("incidents.field.contained-at", time(i.containedAt())),
                row("incidents.field.resolved-at", time(i.resolvedAt())),
                row("incidents.field.closed-at", time(i.closedAt())));
    }

    /** The impact analysis as label/value rows. */
    List<String[]> impact() {
        IncidentView i = incident;
        return List.of(
                row("incidents.field.confidentiality", i.confidentiality() == null ? "—" : t(i.confidentiality().labelKey())),
                row("incidents.field.integrity", i.integrity() == null ? "—" : t(i.integrity().labelKey())),
                row("incidents.field.availability", i.availability() == null ? "—" : t(i.availability().labelKey())),
                row("incidents.field.personal-data-breach", (i.personalDataBreach() ? t("incidents.yes") : t("incidents.no"))
                        + (i.personalDataRecords() == null ? "" : " (" + i.personalDataRecords() + ")")),
                row("incidents.field.business-impact", text(i.businessImpact())),
                row("incidents.field.services-affected", text(i.servicesAffected())),
                row("incidents.field.assets-affected", text(i.assetsAffected())));
    }

    private String[] row(String labelKey, String value) {
        return new String[] {t(labelKey), value};
    }

    private String zoneLabel() {
        return zone.getId();
    }

    static String text(@Nullable String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
