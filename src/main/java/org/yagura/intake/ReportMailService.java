package org.yagura.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.yagura.artifacts.ArtifactService;
import org.yagura.artifacts.Upload;
import org.springframework.util.unit.DataSize;
import org.yagura.shared.Tlp;

/**
 * The front door for reports that arrive as e-mail: an uploaded {@code .eml} becomes a report on the
 * e-mail channel, with its original message and attachments kept as files. The same message (by
 * Message-ID, or by content when it has none) never becomes a second report.
 */
@Service
@Transactional
public class ReportMailService {

    static final String SOURCE = "email";
    private static final int MAX_ARTIFACTS_PER_CALL = 100;
    private static final int MAX_SUMMARY = 500;
    private static final int MAX_BODY = 1_000_000;
    private static final int MAX_REFERENCE = 200;

    private final ReportService reports;
    private final MailStore store;
    private final ArtifactService artifacts;
    private final TransactionTemplate transactions;
    private final long maxEmlBytes;

    ReportMailService(ReportService reports, MailStore store, ArtifactService artifacts, TransactionTemplate transactions,
            @Value("${yagura.intake.max-eml-size:50MB}") DataSize maxEmlSize) {
        this.reports = reports;
        this.store = store;
        this.artifacts = artifacts;
        this.transactions = transactions;
        this.maxEmlBytes = maxEmlSize.toBytes();
    }

    /**
     * Receives an {@code .eml} file as a report ({@link #submitEml}) and, once that is committed, attaches
     * the original message and every attachment to the report as artifacts, so they are analysed, can be
     * downloaded safely and take part in evidence handling.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('ANALYST')")
    public ReportService.Received importEml(InputStream eml, @Nullable Tlp tlp) throws IOException {
        ReportService.Received received;
        try {
            received = transactions.execute(status -> {
                try {
                    return submitEml(eml, tlp);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (received != null && received.created()) {
            attachAsArtifacts(received.report(), tlp);
        }
        return received;
    }

    private void attachAsArtifacts(ReportView report, @Nullable Tlp tlp) {
        MailView mail = store.find(report.id()).orElseThrow();
        List<Upload> files = new ArrayList<>();
        files.add(new Upload(FileNames.safe(report.summary()) + ".eml", "message/rfc822", () -> store.open(mail.emlSha256())));
        for (MailAttachment a : mail.attachments()) {
            files.add(new Upload(a.fileName(), a.contentType(), () -> store.open(a.sha256())));
        }
        for (int from = 0; from < files.size(); from += MAX_ARTIFACTS_PER_CALL) {
            artifacts.upload("reports", report.key(), files.subList(from, Math.min(files.size(), from + MAX_ARTIFACTS_PER_CALL)), tlp);
        }
    }

    /** Reads an {@code .eml} file and receives it as a report; an earlier report of the same message is returned instead. */
    @PreAuthorize("hasRole('ANALYST')")
    public ReportService.Received submitEml(InputStream eml, @Nullable Tlp tlp) throws IOException {
        MailStore.Stored stored = store.read(eml, maxEmlBytes);
        MailMessage mail = stored.mail();
        Instant received = mail.receivedAt() != null ? mail.receivedAt() : mail.sentAt();
        NewReport report = new NewReport(
                clip(mail.from() == null || mail.from().isBlank() ? "(unknown sender)" : mail.from(), MAX_SUMMARY),
                clip(mail.subject() == null || mail.subject().isBlank() ? "(no subject)" : mail.subject(), MAX_SUMMARY),
                clip(mail.text(), MAX_BODY), received, SOURCE, reference(mail, stored), null, null, tlp);
        ReportService.Received result = reports.submit(report, Channel.EMAIL, null);
        if (result.created()) {
            store.save(result.report().id(), stored);
        }
        return result;
    }

    /** The e-mail a report came from, if it came by e-mail and the caller may read the report. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public Optional<MailView> mailOf(String reportKey) {
        return store.find(reports.get(reportKey).id());
    }

    /** The largest {@code .eml} file accepted, in bytes. */
    public long maxEmlBytes() {
        return maxEmlBytes;
    }

    private static String reference(MailMessage mail, MailStore.Stored stored) {
        String id = mail.messageId();
        return id != null && !id.isBlank() && id.length() <= MAX_REFERENCE ? id.strip() : "sha256:" + stored.original().sha256();
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
