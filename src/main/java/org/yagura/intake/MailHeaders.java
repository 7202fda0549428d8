package org.yagura.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.field.DateTimeField;
import org.apache.james.mime4j.field.DefaultFieldParser;
import org.apache.james.mime4j.field.address.DefaultAddressParser;
import org.apache.james.mime4j.field.address.ParseException;
import org.apache.james.mime4j.stream.Field;
import org.jspecify.annotations.Nullable;

/** The top-level headers of an e-mail that a report keeps, decoded (RFC 2047) and parsed leniently. */
final class MailHeaders {

    private static final int MAX_RECIPIENTS = 100;

    private @Nullable String from;
    private final List<String> to = new ArrayList<>();
    private @Nullable String subject;
    private @Nullable String date;
    private @Nullable String firstReceived;
    private @Nullable String messageId;
    private int fields;

    void add(Field field) {
        fields++;
        String body = field.getBody() == null ? "" : field.getBody();
        switch (field.getName().toLowerCase(Locale.ROOT)) {
            case "from" -> from = mailboxes(body).stream().findFirst().orElse(decode(body).strip());
            case "to", "cc" -> mailboxes(body).stream().limit(MAX_RECIPIENTS - to.size()).forEach(to::add);
            case "subject" -> subject = decode(body).strip();
            case "date" -> date = body;
            case "received" -> firstReceived = firstReceived == null ? body : firstReceived;
            case "message-id" -> messageId = body.strip().isEmpty() ? null : body.strip();
            default -> { }
        }
    }

    boolean looksLikeMail() {
        return fields > 0 && (from != null || subject != null || date != null || messageId != null);
    }

    @Nullable String from() {
        return from;
    }

    List<String> to() {
        return to;
    }

    @Nullable String subject() {
        return subject;
    }

    @Nullable String messageId() {
        return messageId;
    }

    @Nullable Instant sentAt() {
        return date == null ? null : instant(date);
    }

    /** When the nearest mail server took the message: the date after the last ';' of the top Received header. */
    @Nullable Instant receivedAt() {
        if (firstReceived == null || firstReceived.lastIndexOf(';') < 0) {
            return null;
        }
        return instant(firstReceived.substring(firstReceived.lastIndexOf(';') + 1));
    }

    static String decode(String raw) {
        try {
            return DecoderUtil.decodeEncodedWords(raw.replaceAll("\\r?\\n[ \\t]+", " "), DecodeMonitor.SILENT,
                    null, java.util.Map.of(java.nio.charset.Charset.forName("ISO-2022-JP"), EmlReader.charset("iso-2022-jp")));
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    private static @Nullable Instant instant(String value) {
        try {
            if (DefaultFieldParser.parse("Date: " + value.strip(), DecodeMonitor.SILENT) instanceof DateTimeField field) {
                Date parsed = field.getDate();
                return parsed == null ? null : parsed.toInstant();
            }
        } catch (MimeException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static List<String> mailboxes(String body) {
        List<String> result = new ArrayList<>();
        try {
            AddressList addresses = DefaultAddressParser.DEFAULT.parseAddressList(body, DecodeMonitor.SILENT);
            for (Address address : addresses) {
                if (address instanceof Mailbox mailbox) {
                    result.add(format(mailbox));
                } else if (address instanceof Group group) {
                    group.getMailboxes().forEach(m -> result.add(format(m)));
                }
            }
        } catch (ParseException | RuntimeException e) {
            // a malformed address header is kept as decoded text by the caller
        }
        return result;
    }

    private static String format(Mailbox mailbox) {
        String name = mailbox.getName();
        return name == null || name.isBlank() ? mailbox.getAddress() : decode(name).strip() + " <" + mailbox.getAddress() + ">";
    }
}
