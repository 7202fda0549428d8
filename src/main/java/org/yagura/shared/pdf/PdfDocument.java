package org.yagura.shared.pdf;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;
import org.yagura.shared.web.Markdown;

/**
 * The XHTML frame of a printed document: A4 pages with numbered footers, the embedded Japanese
 * font and a small, print-friendly style. The body is XHTML the caller built with escaped text.
 */
public final class PdfDocument {

    private PdfDocument() {
    }

    /** A complete XHTML document with {@code title} (escaped here) in language {@code lang} around {@code bodyXhtml}. */
    public static String xhtml(String lang, String title, String bodyXhtml) {
        String font = PdfRenderer.FONT_FAMILY;
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="%s" xml:lang="%s">
                <head><meta charset="UTF-8"/><title>%s</title>
                <style>
                  @page { size: A4; margin: 18mm 16mm 20mm 16mm;
                    @bottom-center { content: counter(page) " / " counter(pages); font-family: '%s', sans-serif; font-size: 8pt; } }
                  body { font-family: '%s', sans-serif; font-size: 10pt; line-height: 1.5; }
                  h1 { font-size: 16pt; margin: 0 0 4mm 0; }
                  h2 { font-size: 12pt; margin: 5mm 0 2mm 0; border-bottom: 0.5pt solid #888; }
                  table { border-collapse: collapse; width: 100%%; }
                  th, td { border: 0.5pt solid #aaa; padding: 1mm 2mm; text-align: left; vertical-align: top; }
                  pre, code { font-family: '%s', monospace; white-space: pre-wrap; }
                </style></head>
                <body>%s</body></html>
                """.formatted(lang, lang, HtmlUtils.htmlEscape(title, "UTF-8"), font, font, font, bodyXhtml);
    }

    /** Markdown as sanitised XHTML, or the source as preformatted text when the HTML is not well-formed XML. */
    public static String markdown(@Nullable String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        String html = "<div class=\"markdown\">" + Markdown.html(source) + "</div>";
        return wellFormed(html) ? html : "<pre>" + HtmlUtils.htmlEscape(source, "UTF-8") + "</pre>";
    }

    private static boolean wellFormed(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            builder.parse(new InputSource(new StringReader(xml)));
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
