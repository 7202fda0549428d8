package org.yagura.shared.pdf;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A printable report of one record (an incident report, say) in one language: a title, labelled
 * fields and sections of Markdown text written by users. {@link #toMarkdown()} gives the Markdown
 * document; {@link #toXhtml()} the XHTML for {@link PdfRenderer}, in which users' Markdown is shown
 * as escaped, pre-formatted text, so nothing they wrote becomes markup.
 */
public record ReportDocument(String lang, String title, List<Field> fields, List<Section> sections) {

    /** A labelled value, e.g. "Priority: P1". */
    public record Field(String label, String value) {
    }

    /** A heading and its Markdown text. */
    public record Section(String heading, String markdown) {
    }

    public ReportDocument {
        fields = List.copyOf(fields);
        sections = List.copyOf(sections);
    }

    /** The report as Markdown: the title, the fields as a list, each section under its heading. */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder("# ").append(oneLine(title)).append("\n\n");
        for (Field f : fields) {
            md.append("- **").append(escapeInline(f.label())).append(":** ").append(escapeInline(f.value())).append('\n');
        }
        for (Section s : sections) {
            md.append("\n## ").append(oneLine(s.heading())).append("\n\n").append(s.markdown().strip()).append('\n');
        }
        return md.toString();
    }

    /** The report as an XHTML document for {@link PdfRenderer}. */
    public String toXhtml() {
        StringBuilder body = new StringBuilder("<h1>").append(escape(title)).append("</h1>");
        if (!fields.isEmpty()) {
            body.append("<table>");
            for (Field f : fields) {
                body.append("<tr><th>").append(escape(f.label())).append("</th><td>").append(escape(f.value())).append("</td></tr>");
            }
            body.append("</table>");
        }
        for (Section s : sections) {
            body.append("<h2>").append(escape(s.heading())).append("</h2><pre>").append(escape(s.markdown().strip())).append("</pre>");
        }
        return PdfDocument.xhtml(lang, title, body.toString());
    }

    /** XML-safe text: HTML escaping, minus characters XML 1.0 forbids. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""), "UTF-8");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Keeps a field on one line and stops it from opening Markdown emphasis, links or HTML. */
    private static String escapeInline(String text) {
        return oneLine(text).replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
