package org.yagura.shared.pdf;

import org.springframework.web.util.HtmlUtils;

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
}
