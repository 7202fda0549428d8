package org.yagura.intake;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yagura.identity.AccessPolicy;
import org.yagura.shared.Actor;
import org.yagura.shared.api.BadRequestException;

/** Checks and shapes incoming reports, and remembers what was already received. */
@Component
class ReportIntake {

    private final Validator validator;
    private final JdbcClient jdbc;
    private final ReportRepository reports;
    private final AccessPolicy policy;
    private final org.springframework.context.MessageSource messages;

    ReportIntake(Validator validator, JdbcClient jdbc, ReportRepository reports, AccessPolicy policy,
            org.springframework.context.MessageSource messages) {
        this.validator = validator;
        this.jdbc = jdbc;
        this.reports = reports;
        this.policy = policy;
        this.messages = messages;
    }

    /** Bean-validation failures and, when a classification is suggested, whether it is one of {@code activeTypes}. */
    List<Map<String, String>> violations(NewReport report, java.util.Set<String> activeTypes) {
        List<Map<String, String>> errors = new java.util.ArrayList<>(validator.validate(report).stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .map(v -> Map.of("field", v.getPropertyPath().toString(), "reason", v.getMessage()))
                .toList());
        boolean suggested = report.suggestedClass() != null || report.suggestedType() != null;
        if (errors.isEmpty() && suggested && !activeTypes.contains(report.suggestedClass() + "/" + report.suggestedType())) {
            errors.add(Map.of("field", "suggestedType", "reason", messages.getMessage("taxonomy.type.unknown",
                    new Object[] {report.suggestedClass() + "/" + report.suggestedType()},
                    org.springframework.context.i18n.LocaleContextHolder.getLocale())));
        }
        return errors;
    }

    void requireValid(NewReport report) {
        for (ConstraintViolation<NewReport> v : validator.validate(report)) {
            throw new BadRequestException("report.invalid", v.getPropertyPath().toString(), v.getMessage());
        }
    }

    ReportView create(NewReport r, Channel channel, String key, Actor actor) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant received = r.receivedAt() == null ? now : r.receivedAt().truncatedTo(ChronoUnit.MICROS);
        UUID creator = policy.currentUserId().orElse(null);
        return new ReportView(UUID.randomUUID(), key, channel, blankToNull(r.source()), blankToNull(r.externalReference()),
                r.reporter().strip(), received, r.summary().strip(), r.body(), r.suggestedClass(), r.suggestedType(),
                r.tlpOrDefault(), ReportStatus.NEW, null, null, null, null, null, null, null, null, null, null,
                actor.username(), creator, now, 0);
    }

    Optional<ReportView> byIdempotencyKey(String principal, String key) {
        return jdbc.sql("SELECT report_id FROM intake_idempotency WHERE principal = ? AND idem_key = ?")
                .params(principal, key).query(UUID.class).optional().flatMap(reports::findById);
    }

    void rememberIdempotencyKey(String principal, String key, UUID reportId) {
        if (key.length() > 200) {
            throw new BadRequestException("report.idempotency-key.invalid");
        }
        jdbc.sql("INSERT INTO intake_idempotency (principal, idem_key, report_id, created_at) VALUES (?, ?, ?, ?)")
                .params(principal, key, reportId, Timestamp.from(Instant.now())).update();
    }

    Optional<ReportView> byExternalReference(NewReport r) {
        if (blankToNull(r.source()) == null || blankToNull(r.externalReference()) == null) {
            return Optional.empty();
        }
        return reports.findByExternalReference(r.source().strip(), r.externalReference().strip());
    }

    /** Keys of reports already received for the items' (source, external reference) pairs, by "source\0reference". */
    Map<String, String> knownExternalReferences(List<NewReport> items) {
        // per source, so that the unique index on (source, external_reference) answers the look-up
        Map<String, List<String>> refsBySource = items.stream()
                .filter(r -> blankToNull(r.source()) != null && blankToNull(r.externalReference()) != null)
                .collect(Collectors.groupingBy(r -> r.source().strip(), LinkedHashMap::new,
                        Collectors.mapping(r -> r.externalReference().strip(), Collectors.collectingAndThen(Collectors.toList(),
                                l -> l.stream().distinct().toList()))));
        Map<String, String> known = new HashMap<>();
        refsBySource.forEach((source, refs) -> {
            for (int from = 0; from < refs.size(); from += 500) {
                jdbc.sql("""
                        SELECT source, external_reference, report_key FROM intake_report
                        WHERE source = :source AND external_reference IN (:refs)""")
                        .param("source", source)
                        .param("refs", refs.subList(from, Math.min(refs.size(), from + 500)))
                        .query((rs, i) -> known.put(rs.getString(1) + "\u0000" + rs.getString(2), rs.getString(3)))
                        .list();
            }
        });
        return known;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
