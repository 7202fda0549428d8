package org.yagura.artifacts.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yagura.artifacts.CustodyReport;
import org.yagura.artifacts.CustodyService;
import org.yagura.artifacts.EvidenceDetail;
import org.yagura.artifacts.EvidenceService;
import org.yagura.artifacts.EvidenceView;
import org.yagura.artifacts.NewEvidence;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.CursorPage;
import org.yagura.shared.api.CursorRequest;

/** Evidence items and their chain of custody: transfers confirmed by the receiver, integrity verifications. */
@RestController
@RequestMapping("/api/v1/evidence")
@Tag(name = "evidence", description = "Evidence items (digital and physical) and their chain of custody")
class EvidenceRestController {

    private final EvidenceService evidence;
    private final CustodyService custody;
    private final CustodyReport report;

    EvidenceRestController(EvidenceService evidence, CustodyService custody, CustodyReport report) {
        this.report = report;
        this.evidence = evidence;
        this.custody = custody;
    }

    @PostMapping
    @Operation(summary = "Record an evidence item on a record (recordKind 'report' by default); a DIGITAL item names its artifactKey")
    ResponseEntity<EvidenceDetail> record(@Valid @RequestBody NewEvidence item) {
        EvidenceDetail created = evidence.record(item);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/evidence/" + created.item().key()))
                .body(created);
    }

    @GetMapping
    @Operation(summary = "Evidence items, newest first")
    CursorPage<EvidenceView> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return evidence.list(CursorRequest.of(limit, cursor));
    }

    @GetMapping("/{key}")
    @Operation(summary = "One evidence item with its chain of custody and any transfer waiting for confirmation")
    EvidenceDetail get(@PathVariable String key) {
        return evidence.get(key);
    }

    @GetMapping("/{key}/custody-report")
    @Operation(summary = "The custody report of an item: its facts, hashes and every transfer and verification in order, "
            + "as PDF (format=pdf, the default) or Markdown (format=md), in the caller's language (Accept-Language)")
    ResponseEntity<byte[]> custodyReport(@PathVariable String key, @RequestParam(defaultValue = "pdf") String format) {
        Locale locale = LocaleContextHolder.getLocale();
        java.time.ZoneId zone = LocaleContextHolder.getTimeZone().toZoneId();
        return switch (format) {
            case "pdf" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header("Content-Disposition", "attachment; filename=\"" + key + "-custody.pdf\"")
                    .body(report.pdf(evidence.get(key), locale, zone));
            case "md" -> ResponseEntity.ok().contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"" + key + "-custody.md\"")
                    .body(report.markdown(evidence.get(key), locale, zone).getBytes(StandardCharsets.UTF_8));
            default -> throw new BadRequestException("artifacts.evidence.report-format", format);
        };
    }

    @PostMapping("/{key}/transfers")
    @Operation(summary = "As the current custodian, hand the item over to another user; it takes effect when that user confirms")
    ResponseEntity<EvidenceDetail> transfer(@PathVariable String key, @Valid @RequestBody TransferRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(custody.requestTransfer(key, request.to(), request.purpose()));
    }

    @PostMapping("/{key}/transfers/confirmation")
    @Operation(summary = "As the receiving user, confirm the transfer waiting for you")
    EvidenceDetail confirm(@PathVariable String key) {
        return custody.confirmTransfer(key);
    }

    @PostMapping("/{key}/verifications")
    @Operation(summary = "Re-hash the stored file of a digital item now and record whether it matches the acquisition hash")
    ResponseEntity<EvidenceDetail> verify(@PathVariable String key) {
        return ResponseEntity.status(HttpStatus.CREATED).body(custody.verify(key));
    }

    /** A transfer to another user, with its purpose. */
    record TransferRequest(@NotBlank @Size(max = 64) String to, @Nullable @Size(max = 2000) String purpose) {
    }
}
