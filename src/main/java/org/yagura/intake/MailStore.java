package org.yagura.intake;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yagura.shared.files.BlobRef;
import org.yagura.shared.files.BlobStore;

/** Keeps e-mail reports: the original message and attachments in the file store, headers and HTML in the database. */
@Component
class MailStore {

    private static final String SEPARATOR = "\n";

    private final BlobStore blobs;
    private final JdbcClient jdbc;

    MailStore(BlobStore blobs, JdbcClient jdbc) {
        this.blobs = blobs;
        this.jdbc = jdbc;
    }

    /** Stores the original message, then reads it back from the store; attachments are streamed into the store. */
    Stored read(InputStream eml, long maxBytes) throws IOException {
        BlobRef original = blobs.put(eml, maxBytes);
        EmlReader reader = new EmlReader((name, type, content) -> {
            BlobRef ref = blobs.put(content);
            return new MailAttachment(name, type, ref.size(), ref.sha256());
        });
        try (InputStream stored = blobs.open(original.sha256())) {
            return new Stored(original, reader.read(stored));
        }
    }

    void save(UUID reportId, Stored stored) {
        MailMessage mail = stored.mail();
        jdbc.sql("""
                INSERT INTO intake_mail (report_id, sender, recipients, subject, sent_at, message_id, safe_html,
                                         eml_sha256, eml_size, problems)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reportId, clip(mail.from(), 1000), clip(String.join(SEPARATOR, mail.to()), 20000),
                        clip(mail.subject(), 2000), mail.sentAt() == null ? null : Timestamp.from(mail.sentAt()),
                        clip(mail.messageId(), 1000), mail.safeHtml(), stored.original().sha256(),
                        stored.original().size(), clip(String.join(SEPARATOR, mail.problems()), 20000))
                .update();
        List<MailAttachment> attachments = mail.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            MailAttachment a = attachments.get(i);
            jdbc.sql("""
                    INSERT INTO intake_attachment (report_id, ordinal, file_name, content_type, size_bytes, sha256)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(reportId, i, a.fileName(), clip(a.contentType(), 255), a.size(), a.sha256()).update();
        }
    }

    Optional<MailView> find(UUID reportId) {
        List<MailAttachment> attachments = jdbc.sql("""
                SELECT file_name, content_type, size_bytes, sha256 FROM intake_attachment
                WHERE report_id = ? ORDER BY ordinal""")
                .param(reportId)
                .query((rs, i) -> new MailAttachment(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .list();
        return jdbc.sql("""
                SELECT sender, recipients, subject, sent_at, message_id, safe_html, eml_sha256, eml_size, problems
                FROM intake_mail WHERE report_id = ?""")
                .param(reportId)
                .query((rs, i) -> new MailView(rs.getString(1), lines(rs.getString(2)), rs.getString(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getLong(8), attachments, lines(rs.getString(9))))
                .optional();
    }

    /** Whether a stored file belongs to the given report (the original message or one of its attachments). */
    boolean holds(UUID reportId, String sha256) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM intake_mail WHERE report_id = :id AND eml_sha256 = :sha
                UNION ALL SELECT COUNT(*) FROM intake_attachment WHERE report_id = :id AND sha256 = :sha""")
                .param("id", reportId).param("sha", sha256).query(Long.class).list().stream().anyMatch(n -> n > 0);
    }

    InputStream open(String sha256) throws IOException {
        return blobs.open(sha256);
    }

    private static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    record Stored(BlobRef original, MailMessage mail) {
    }
}
