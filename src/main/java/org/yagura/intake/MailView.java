package org.yagura.intake;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How a report looked as e-mail: headers, sanitised HTML, the original message and its attachments as stored files. */
public record MailView(
        @Nullable String sender,
        List<String> recipients,
        @Nullable String subject,
        @Nullable Instant sentAt,
        @Nullable String messageId,
        @Nullable String safeHtml,
        String emlSha256,
        long emlSize,
        List<MailAttachment> attachments,
        List<String> problems) {

    public MailView {
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
        problems = List.copyOf(problems);
    }
}
