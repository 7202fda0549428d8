package org.yagura.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PdfRendererTests {

    private static final Path IPAEX = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");
    private static final String JAPANESE = "個人情報の漏えいを７２時間以内に報告";
    private static final String BODY = "<h1>インシデント報告書 IR-2026-0042</h1><p>" + JAPANESE + "</p>"
            + "<p>Incident report: phishing of the finance team &amp; credential theft.</p>"
            + "<table><tr><th>優先度</th><td>P1</td></tr></table>";

    @Test
    void embedsTheJapaneseFontAndKeepsJapaneseAndEnglishText() throws IOException {
        requireIpaexFont();
        PdfRenderer renderer = new PdfRenderer(List.of());
        assertThat(renderer.font()).contains(IPAEX);
        byte[] pdf = renderer.render(PdfDocument.xhtml("ja", "インシデント報告書 <IR-2026-0042>", BODY));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("インシデント報告書 IR-2026-0042", JAPANESE, "優先度",
                    "Incident report: phishing of the finance team & credential theft.", "1 / 1");
            // 人 shares its glyph with the Kangxi radical ⼈ (U+2F08); copied text must be the ideograph
            assertThat(text).doesNotContain("\u2F08");
            List<PDFont> fonts = fonts(document);
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName).anyMatch(n -> n.contains("IPAexGothic"));
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("インシデント報告書 <IR-2026-0042>");
            assertThat(document.getDocumentInformation().getProducer()).isEqualTo("Yagura");
        }
    }

    @Test
    void takesAConfiguredFontFirstAndSkipsFilesThatAreNotFonts() throws IOException {
        requireIpaexFont();
        Path notAFont = Files.createTempFile("yagura-not-a-font", ".ttf");
        try {
            Files.writeString(notAFont, "not a font");
            PdfRenderer renderer = new PdfRenderer(List.of(notAFont.toString(), IPAEX.toString()));
            assertThat(renderer.font()).contains(IPAEX);
        } finally {
            Files.delete(notAFont);
        }
    }

    @Test
    void rendersEnglishWithStandardFontsWhenNoJapaneseFontIsUsable() throws IOException {
        assertThat(PdfFonts.firstUsable(List.of(Path.of("/nonexistent/font.ttf")))).isEmpty();
        PdfRenderer renderer = new PdfRenderer(List.of("/nonexistent/font.ttf"));
        byte[] pdf = renderer.render(PdfDocument.xhtml("en", "Report", "<p>Plain English survives.</p>"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Plain English survives.");
        }
    }

    @Test
    void fetchesNothingOutsideTheDocument() throws IOException {
        Path secret = Files.createTempFile("yagura-secret", ".css");
        try {
            Files.writeString(secret, "body { display: none; }");
            PdfRenderer renderer = new PdfRenderer(List.of());
            byte[] pdf = renderer.render(PdfDocument.xhtml("en", "Report",
                    "<link rel=\"stylesheet\" href=\"" + secret.toUri() + "\"/><p>Still visible.</p>"
                            + "<img src=\"" + secret.toUri() + "\"/>"));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document)).contains("Still visible.");
            }
        } finally {
            Files.delete(secret);
        }
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    /** Aborts on a developer's machine without Debian's fonts-ipaexfont-gothic; fails in CI, where it must be installed. */
    private static void requireIpaexFont() {
        if (Files.isRegularFile(IPAEX)) {
            return;
        }
        String message = "PDF font tests need " + IPAEX + " (Debian: apt-get install fonts-ipaexfont-gothic)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message + "; CI=true, so this is a failure, not a skip");
        }
        Assumptions.abort(message);
    }
}
