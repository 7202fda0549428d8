package org.yagura.intake;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail as Yagura read it from an {@code .eml} file: the headers a handler needs, the text body,
 * the HTML body after sanitising, and the attachments as stored files. {@code problems} names what
 * could not be kept (e.g. attachments beyond the limit), so nothing is dropped silently.
 */
public record MailMessage(
        @Nullable String from,
        List<String> to,
        @Nullable String subject,
        @Nullable Instant sentAt,
        @Nullable Instant receivedAt,
        @Nullable String messageId,
        String text,
        @Nullable String safeHtml,
        List<MailAttachment> attachments,
        List<String> problems) {

    public MailMessage {
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
        problems = List.copyOf(problems);
    }
}
