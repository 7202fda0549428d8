package org.yagura.incidents.report.web;

import java.nio.charset.StandardCharsets;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.yagura.incidents.report.IncidentReportDocumentService;

/** The report document of an incident, downloaded from its page as PDF or Markdown in the user's language. */
@Controller
class IncidentReportPageController {

    private final IncidentReportDocumentService reports;

    IncidentReportPageController(IncidentReportDocumentService reports) {
        this.reports = reports;
    }

    @GetMapping("/incidents/{key}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String key) {
        return file(reports.pdf(key, LocaleContextHolder.getLocale(), LocaleContextHolder.getTimeZone().toZoneId()),
                MediaType.APPLICATION_PDF, key + "-report.pdf");
    }

    @GetMapping("/incidents/{key}/report.md")
    ResponseEntity<byte[]> markdown(@PathVariable String key) {
        return file(reports.markdown(key, LocaleContextHolder.getLocale(), LocaleContextHolder.getTimeZone().toZoneId()),
                new MediaType("text", "markdown", StandardCharsets.UTF_8), key + "-report.md");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
