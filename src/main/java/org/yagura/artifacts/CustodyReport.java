package org.yagura.artifacts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.yagura.shared.pdf.PdfDocument;
import org.yagura.shared.pdf.PdfRenderer;

/**
 * The custody report of one evidence item as Markdown, in the reader's language and time zone: the
 * item's facts and every entry of its chain of custody; and the same text as a PDF a team can hand to
 * counsel (A4, the embedded Japanese font, numbered pages).
 */
@Component
public class CustodyReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");
    private final MessageSource messages;
    private final PdfRenderer pdf;

    CustodyReport(MessageSource messages, PdfRenderer pdf) {
        this.messages = messages;
        this.pdf = pdf;
    }

    /** The report as a PDF document in the reader's language and time zone. */
    public byte[] pdf(EvidenceDetail detail, Locale locale, ZoneId zone) {
        String lang = Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? "ja" : "en";
        String title = t("artifacts.evidence.report", locale) + ": " + detail.item().key();
        return pdf.render(PdfDocument.xhtml(lang, title, PdfDocument.markdown(markdown(detail, locale, zone))));
    }

    public String markdown(EvidenceDetail detail, Locale locale, ZoneId zone) {
        EvidenceView e = detail.item();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(t("artifacts.evidence.report", locale)).append(": ").append(e.key()).append("\n\n");
        md.append(cell(e.description())).append("\n\n");
        md.append("| | |\n| --- | --- |\n");
        row(md, t("artifacts.record", locale), e.recordKey());
        row(md, t("artifacts.evidence.item-type", locale), t(e.type().labelKey(), locale));
        row(md, "TLP", e.tlp().label());
        row(md, t("artifacts.evidence.source-system", locale), e.sourceSystem());
        row(md, t("artifacts.evidence.source-device", locale), e.sourceDevice());
        row(md, t("artifacts.evidence.source-person", locale), e.sourcePerson());
        row(md, t("artifacts.evidence.source-location", locale), e.sourceLocation());
        row(md, t("artifacts.evidence.acquired-by", locale), e.acquiredBy());
        row(md, t("artifacts.evidence.acquired-at", locale), TIME.format(e.acquiredAt().atZone(zone)));
        row(md, t("artifacts.evidence.acquisition-method", locale), e.acquisitionMethod());
        row(md, t("artifacts.evidence.acquisition-tool", locale), e.acquisitionTool());
        row(md, "SHA-256", e.sha256());
        row(md, "MD5", e.md5());
        row(md, "SHA-1", e.sha1());
        row(md, t("artifacts.evidence.artifact", locale), e.artifactKey());
        row(md, t("artifacts.evidence.storage-location", locale), e.storageLocation());
        row(md, t("artifacts.evidence.legal-hold", locale), t(e.legalHold() ? "artifacts.evidence.yes" : "artifacts.evidence.no", locale));
        row(md, t("artifacts.evidence.retention-until", locale), e.retentionUntil() == null ? null : e.retentionUntil().toString());
        row(md, t("artifacts.evidence.disposition", locale), e.disposition());
        row(md, t("artifacts.evidence.custodian", locale), e.custodian());
        md.append("\n## ").append(t("artifacts.evidence.history", locale)).append("\n\n");
        md.append("| # | ").append(t("artifacts.evidence.entry.at", locale)).append(" | ")
                .append(t("artifacts.evidence.item-type", locale)).append(" | ")
                .append(t("artifacts.evidence.entry.by", locale)).append(" | ")
                .append(t("artifacts.evidence.entry.from", locale)).append(" | ")
                .append(t("artifacts.evidence.entry.to", locale)).append(" | ")
                .append(t("artifacts.evidence.entry.purpose", locale)).append(" | ")
                .append(t("artifacts.evidence.entry.result", locale)).append(" |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (CustodyEntry c : detail.custody()) {
            md.append("| ").append(c.seq()).append(" | ").append(TIME.format(c.at().atZone(zone))).append(" | ")
                    .append(t(c.type().labelKey(), locale)).append(" | ").append(cell(c.actor())).append(" | ")
                    .append(cell(c.fromUser())).append(" | ").append(cell(c.toUser())).append(" | ")
                    .append(cell(c.purpose())).append(" | ")
                    .append(c.result() == null ? "" : t(c.result().labelKey(), locale) + " `" + c.verifiedSha256() + "`")
                    .append(" |\n");
        }
        return md.toString();
    }

    private void row(StringBuilder md, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            md.append("| ").append(cell(label)).append(" | ").append(cell(value)).append(" |\n");
        }
    }

    /** User text inside a table cell: no line breaks, no cell separators, no Markdown or HTML markup. */
    static String cell(@Nullable String s) {
        if (s == null) {
            return "";
        }
        return s.replaceAll("[\\r\\n]+", " ").replaceAll("([\\\\`*_\\[\\]<>|#!])", "\\\\$1");
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
