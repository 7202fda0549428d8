package org.yagura.intake.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yagura.intake.MailView;
import org.yagura.intake.ReportMailService;
import org.yagura.intake.ReportService;
import org.yagura.intake.ReportView;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.NotFoundException;
import org.yagura.shared.files.FileTooLargeException;

/** Reports that arrive as e-mail files. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "reports", description = "Incident reports and triage")
class MailImportRestController {

    private final ReportMailService mails;

    MailImportRestController(ReportMailService mails) {
        this.mails = mails;
    }

    @PostMapping(value = "/eml", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Submit a reported e-mail as an .eml file (multipart part 'file'). The original message and its "
            + "attachments are kept as files; the same message (by Message-ID) returns the earlier report (200)")
    ResponseEntity<ReportView> submitEml(@RequestPart(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable Tlp tlp) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new BadRequestException("report.eml.file-required");
        }
        if (file.getSize() > mails.maxEmlBytes()) {
            throw new FileTooLargeException(mails.maxEmlBytes());
        }
        ReportService.Received received;
        try (InputStream in = file.getInputStream()) {
            received = mails.importEml(in, tlp);
        }
        return ResponseEntity.status(received.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/reports/" + received.report().key()))
                .body(received.report());
    }

    @GetMapping("/{key}/mail")
    @Operation(summary = "The e-mail a report came from: headers, sanitised HTML body, the original message and attachments (SHA-256)")
    MailView mail(@PathVariable String key) {
        return mails.mailOf(key).orElseThrow(() -> new NotFoundException("report.mail.none"));
    }
}
