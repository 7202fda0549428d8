package org.yagura.audit.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.yagura.audit.AuditFilter;
import org.yagura.shared.api.BadRequestException;

/**
 * The filter form of the audit page, as typed: times are {@code datetime-local} values in the user's
 * time zone, {@code cursor} the position of the page shown.
 */
public record AuditSearchForm(@Nullable String actor, @Nullable String action, @Nullable String subjectType,
        @Nullable String subjectId, @Nullable String from, @Nullable String to, @Nullable String cursor) {

    /** The same form without a cursor: the first page of its results. */
    public AuditSearchForm firstPage() {
        return new AuditSearchForm(actor, action, subjectType, subjectId, from, to, null);
    }

    AuditFilter toFilter(ZoneId zone) {
        return new AuditFilter(actor, action, subjectType, subjectId, instant(from, zone), instant(to, zone));
    }

    /** Never null, so that templates can fill the inputs without checks. */
    public String value(@Nullable String field) {
        return field == null ? "" : field;
    }

    private static @Nullable Instant instant(@Nullable String local, ZoneId zone) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException("audit.filter.invalid-time", local);
        }
    }
}
