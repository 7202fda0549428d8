package org.yagura.intake;

import java.time.Instant;
import org.yagura.shared.api.BadRequestException;

/** What each triage decision needs, and the report it leaves behind. */
final class TriageRules {

    private TriageRules() {
    }

    static ReportView apply(ReportView r, Triage t, String by, Instant now) {
        String reason = t.reason() == null || t.reason().isBlank() ? null : t.reason().strip();
        switch (t.decision()) {
            case NOT_INCIDENT -> {
                if (reason == null) {
                    throw new BadRequestException("report.reason.required");
                }
            }
            case FORWARDED -> {
                if (t.forwardedTo() == null || t.forwardedTo().isBlank()) {
                    throw new BadRequestException("report.forwarded-to.required");
                }
            }
            case ATTACH_TO_INCIDENT -> {
                if (t.incidentKey() == null || t.incidentKey().isBlank()) {
                    throw new BadRequestException("report.incident-key.required");
                }
            }
            case DUPLICATE, OPEN_INCIDENT -> {
                // the other report is checked by the service, the incident opened by the incident desk
            }
        }
        boolean forwarded = t.decision() == TriageDecision.FORWARDED;
        return new ReportView(r.id(), r.key(), r.channel(), r.source(), r.externalReference(), r.reporter(), r.receivedAt(),
                r.summary(), r.body(), r.suggestedClass(), r.suggestedType(), r.tlp(), ReportStatus.TRIAGED, t.decision(),
                reason, t.decision() == TriageDecision.DUPLICATE ? t.duplicateOf() : null,
                forwarded ? t.forwardedTo().strip() : null, forwarded ? (t.forwardedAt() == null ? now : t.forwardedAt()) : null,
                t.decision().intoIncident() ? t.incidentKey() : null, t.classKey(), t.typeKey(), by, now, r.createdBy(), r.createdById(), r.createdAt(), r.version());
    }

    static String describe(ReportView r) {
        StringBuilder b = new StringBuilder();
        if (r.classKey() != null) {
            b.append("; classification: ").append(r.classKey()).append('/').append(r.typeKey() == null ? "" : r.typeKey());
        }
        if (r.decisionReason() != null) {
            b.append("; reason: ").append(r.decisionReason());
        }
        if (r.duplicateOf() != null) {
            b.append("; duplicate of: ").append(r.duplicateOf());
        }
        if (r.incidentKey() != null) {
            b.append("; incident: ").append(r.incidentKey());
        }
        if (r.forwardedTo() != null) {
            b.append("; forwarded to: ").append(r.forwardedTo()).append(" at ").append(r.forwardedAt());
        }
        return b.toString();
    }
}
