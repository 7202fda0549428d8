package org.yagura.intake;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
    private static final int MAX_SUMMARY = 500;
    private static final int MAX_BODY = 1_000_000;
    private static final int MAX_REFERENCE = 200;

    private final ReportService reports;
    private final MailStore store;
    private final long maxEmlBytes;

    ReportMailService(ReportService reports, MailStore store,
            @Value("${yagura.intake.max-eml-size:50MB}") DataSize maxEmlSize) {
        this.reports = reports;
        this.store = store;
        this.maxEmlBytes = maxEmlSize.toBytes();
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
