package org.yagura.incidents.report.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yagura.incidents.report.IncidentReportDocumentService;
import org.yagura.shared.api.BadRequestException;

/** The incident report document as PDF or Markdown, in the caller's language (Accept-Language or preference). */
@RestController
@Tag(name = "incidents", description = "Incidents, their lifecycle and their reports")
class IncidentReportRestController {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    private final IncidentReportDocumentService reports;

    IncidentReportRestController(IncidentReportDocumentService reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/incidents/{key}/report")
    @Operation(summary = "The incident report document: summary, classification, status and dates, impact, tasks, review "
            + "and action items, media statements and journal, as PDF (Japanese font embedded) or Markdown")
    ResponseEntity<byte[]> report(@PathVariable String key,
            @Parameter(description = "pdf or markdown") @RequestParam(defaultValue = "pdf") String format) {
        var locale = LocaleContextHolder.getLocale();
        var zone = LocaleContextHolder.getTimeZone().toZoneId();
        return switch (format) {
            case "pdf" -> file(reports.pdf(key, locale, zone), MediaType.APPLICATION_PDF, key + "-report.pdf");
            case "markdown", "md" -> file(reports.markdown(key, locale, zone), MARKDOWN, key + "-report.md");
            default -> throw new BadRequestException("incident-report.format.invalid", format);
        };
    }

    /** A document to download (never shown inline). */
    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
