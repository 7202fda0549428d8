package org.yagura.intake.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yagura.intake.BulkItemResult;
import org.yagura.intake.Channel;
import org.yagura.intake.NewReport;
import org.yagura.intake.ReportCsv;
import org.yagura.intake.ReportService;
import org.yagura.intake.ReportStatus;
import org.yagura.intake.ReportView;
import org.yagura.intake.Triage;
import org.yagura.intake.TriageDecision;
import org.yagura.shared.api.CursorPage;
import org.yagura.shared.api.CursorRequest;

/** Incident reports: intake (single and bulk), the triage queue and triage decisions. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "reports", description = "Incident reports and triage")
class ReportRestController {

    private final ReportService reports;

    ReportRestController(ReportService reports) {
        this.reports = reports;
    }

    @PostMapping
    @Operation(summary = "Submit a report; answered after it is committed. An Idempotency-Key header, or a known "
            + "(source, externalReference), returns the earlier report (200) instead of creating another (201)")
    ResponseEntity<ReportView> submit(@Valid @RequestBody NewReport report,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        ReportService.Received received = reports.submit(report, Channel.API, idempotencyKey);
        return ResponseEntity.status(received.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/reports/" + received.report().key()))
                .body(received.report());
    }

    @PostMapping("/bulk")
    @Operation(summary = "Submit up to 1,000 reports at once; each item is answered created, existing or invalid")
    Map<String, List<BulkItemResult>> submitBulk(@RequestBody @NotNull List<NewReport> items) {
        return Map.of("results", reports.submitBulk(items));
    }

    @GetMapping
    @Operation(summary = "Reports newest first; status=NEW is the triage queue")
    CursorPage<ReportView> list(@RequestParam(required = false) ReportStatus status,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return reports.list(status, CursorRequest.of(limit, cursor));
    }

    @GetMapping(value = "/export", produces = "text/csv")
    @Operation(summary = "Every report of a status (or all) the caller may read, as CSV (UTF-8 with BOM)")
    void export(@RequestParam(required = false) ReportStatus status, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"reports.csv\"");
        ReportCsv.write(reports, status, response.getOutputStream());
    }

    @GetMapping("/{key}")
    @Operation(summary = "One report")
    ReportView get(@PathVariable String key) {
        return reports.get(key);
    }

    @GetMapping("/{key}/similar")
    @Operation(summary = "Reports that look like the same event (same reporter or summary within a week)")
    Map<String, List<ReportView>> similar(@PathVariable String key) {
        return Map.of("items", reports.similar(key));
    }

    @PostMapping("/{key}/triage")
    @Operation(summary = "Triage a report: classification and decision (OPEN_INCIDENT opens an incident, "
            + "ATTACH_TO_INCIDENT with incidentKey adds it to one); give version to detect concurrent triage (409)")
    ReportView triage(@PathVariable String key, @Valid @RequestBody TriageRequest request) {
        return reports.triage(key, request.triage(), request.version());
    }

    @PostMapping("/triage")
    @Operation(summary = "Triage many reports with one decision, all or none; OPEN_INCIDENT opens one incident for all")
    Map<String, List<ReportView>> triageAll(@Valid @RequestBody BulkTriageRequest request) {
        return Map.of("items", reports.triageAll(request.keys(), request.triage()));
    }

    /** A triage decision as flat JSON, with the version of the report it was made on. */
    record TriageRequest(@NotNull TriageDecision decision,
            @Nullable @Pattern(regexp = "[a-z0-9-]{2,64}", message = "{report.classification.invalid}") String classKey,
            @Nullable @Pattern(regexp = "[a-z0-9-]{2,64}", message = "{report.classification.invalid}") String typeKey,
            @Nullable @Size(max = 2000) String reason, @Nullable @Size(max = 20) String duplicateOf,
            @Nullable @Size(max = 200) String forwardedTo, @Nullable Instant forwardedAt,
            @Nullable @Size(max = 20) String incidentKey, @Nullable Long version) {

        Triage triage() {
            return new Triage(decision, classKey, typeKey, reason, duplicateOf, forwardedTo, forwardedAt, incidentKey);
        }
    }

    record BulkTriageRequest(@NotEmpty @Size(max = 1000) List<String> keys, @NotNull TriageDecision decision,
            @Nullable String classKey, @Nullable String typeKey, @Nullable @Size(max = 2000) String reason,
            @Nullable String duplicateOf, @Nullable @Size(max = 200) String forwardedTo, @Nullable Instant forwardedAt,
            @Nullable @Size(max = 20) String incidentKey) {

        Triage triage() {
            return new Triage(decision, classKey, typeKey, reason, duplicateOf, forwardedTo, forwardedAt, incidentKey);
        }
    }
}
