package org.yagura.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.api.BadRequestException;

/**
 * Reads an {@code .eml} file (RFC 5322 / MIME) in one pass: top-level headers, the first text and
 * HTML bodies, and every other part as an attachment handed to the sink as a stream. Embedded
 * messages (a forwarded phishing mail) are kept whole as {@code .eml} attachments, not flattened.
 */
final class EmlReader {

    static final int MAX_ATTACHMENTS = 200;
    private static final int MAX_TEXT_CHARS = 1_000_000;
    /** Japanese mail labels its charsets by the standard names, but is written with Microsoft's supersets. */
    private static final Map<String, String> CHARSET_SUPERSETS = Map.of(
            "iso-2022-jp", "x-windows-iso2022jp",
            "shift_jis", "windows-31j", "sjis", "windows-31j", "x-sjis", "windows-31j",
            "euc-jp", "x-eucJP-Open", "gb2312", "GBK", "ks_c_5601-1987", "x-windows-949");

    private final AttachmentSink sink;

    EmlReader(AttachmentSink sink) {
        this.sink = sink;
    }

    MailMessage read(InputStream eml) throws IOException {
        MailHeaders headers = new MailHeaders();
        Parts parts = new Parts();
        MimeConfig config = new MimeConfig.Builder()
                .setMaxLineLen(-1).setMaxHeaderLen(200_000).setMaxHeaderCount(2_000).setMaxContentLen(-1).build();
        MimeStreamParser parser = new MimeStreamParser(config, DecodeMonitor.SILENT, new DefaultBodyDescriptorBuilder());
        parser.setContentDecoding(true);
        parser.setNoRecurse();
        parser.setContentHandler(new AbstractContentHandler() {
            private boolean topHeader = true;

            @Override
            public void field(Field field) {
                if (topHeader) {
                    headers.add(field);
                }
            }

            @Override
            public void endHeader() {
                topHeader = false;
            }

            @Override
            public void body(BodyDescriptor descriptor, InputStream content) throws IOException {
                parts.take((MaximalBodyDescriptor) descriptor, content, headers.subject());
            }
        });
        try {
            parser.parse(eml);
        } catch (MimeException e) {
            throw new BadRequestException("report.eml.unreadable", String.valueOf(e.getMessage()));
        }
        if (!headers.looksLikeMail()) {
            throw new BadRequestException("report.eml.notMail");
        }
        String text = parts.text.length() > 0 ? parts.text.toString().strip()
                : parts.html == null ? "" : MailHtml.toText(parts.html);
        return new MailMessage(headers.from(), headers.to(), headers.subject(), headers.sentAt(), headers.receivedAt(),
                headers.messageId(), text, parts.html == null ? null : MailHtml.sanitise(parts.html),
                parts.attachments, parts.problems);
    }

    private final class Parts {
        final StringBuilder text = new StringBuilder();
        @Nullable String html;
        final List<MailAttachment> attachments = new ArrayList<>();
        final List<String> problems = new ArrayList<>();

        void take(MaximalBodyDescriptor part, InputStream content, @Nullable String subject) throws IOException {
            String mimeType = part.getMimeType().toLowerCase(Locale.ROOT);
            String fileName = fileName(part);
            boolean attached = "attachment".equalsIgnoreCase(part.getContentDispositionType()) || fileName != null;
            if (!attached && mimeType.equals("text/plain") && text.length() < MAX_TEXT_CHARS) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(readText(content, part.getCharset(), MAX_TEXT_CHARS - text.length()));
                content.transferTo(OutputStream.nullOutputStream());
            } else if (!attached && mimeType.equals("text/html") && html == null) {
                html = readText(content, part.getCharset(), MAX_TEXT_CHARS);
                content.transferTo(OutputStream.nullOutputStream());
            } else if (attachments.size() >= MAX_ATTACHMENTS) {
                problems.add("attachment limit of " + MAX_ATTACHMENTS + " reached: "
                        + (fileName == null ? mimeType : fileName) + " not kept");
                content.transferTo(OutputStream.nullOutputStream());
            } else {
                String name = fileName != null ? fileName
                        : mimeType.equals("message/rfc822") ? "message-" + (attachments.size() + 1) + ".eml"
                        : "part-" + (attachments.size() + 1) + extensionOf(mimeType);
                attachments.add(sink.store(FileNames.safe(name), mimeType, content));
            }
        }
    }

    private static @Nullable String fileName(MaximalBodyDescriptor part) {
        String name = part.getContentDispositionFilename();
        if (name == null || name.isBlank()) {
            name = part.getContentTypeParameters().get("name");
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        return MailHeaders.decode(name);
    }

    private static String extensionOf(String mimeType) {
        return switch (mimeType) {
            case "text/plain" -> ".txt";
            case "text/html" -> ".html";
            case "text/calendar" -> ".ics";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            case "application/pdf" -> ".pdf";
            default -> ".bin";
        };
    }

    static Charset charset(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        String wanted = CHARSET_SUPERSETS.getOrDefault(name.strip().toLowerCase(Locale.ROOT), name.strip());
        try {
            return Charset.forName(wanted);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String readText(InputStream content, @Nullable String charset, int maxChars) throws IOException {
        Reader reader = new InputStreamReader(content, charset(charset));
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while (out.length() < maxChars && (n = reader.read(buffer, 0, Math.min(buffer.length, maxChars - out.length()))) > 0) {
            out.append(buffer, 0, n);
        }
        return out.toString().replace("\r\n", "\n");
    }
}
