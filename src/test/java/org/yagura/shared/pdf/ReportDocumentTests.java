package org.yagura.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ReportDocumentTests {

    private static final ReportDocument REPORT = new ReportDocument("ja", "インシデント報告書 IR-2026-0042",
            List.of(new ReportDocument.Field("優先度", "P1（緊急）"), new ReportDocument.Field("件名", "*偽* <b>ログイン</b> | 通知")),
            List.of(new ReportDocument.Section("概要", "経理部宛の**フィッシング**メール。\n<script>alert(1)</script>\n\u0007")));

    @Test
    void writesMarkdownWithFieldsEscapedAndSectionsAsWritten() {
        assertThat(REPORT.toMarkdown()).isEqualTo("""
                # インシデント報告書 IR-2026-0042

                - **優先度:** P1（緊急）
                - **件名:** \\*偽\\* \\<b\\>ログイン\\</b\\> \\| 通知

                ## 概要

                経理部宛の**フィッシング**メール。
                <script>alert(1)</script>
                """ + "\u0007\n");
    }

    @Test
    void printsUsersTextAsEscapedTextNeverAsMarkup() throws IOException {
        String xhtml = REPORT.toXhtml();
        assertThat(xhtml).contains("<td>*偽* &lt;b&gt;ログイン&lt;/b&gt; | 通知</td>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>").doesNotContain("\u0007");
        Path font = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");
        Assumptions.assumeTrue(Files.isRegularFile(font) || "true".equalsIgnoreCase(System.getenv("CI")));
        byte[] pdf = new PdfRenderer(List.of()).render(xhtml);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("インシデント報告書 IR-2026-0042", "P1（緊急）", "<script>alert(1)</script>", "経理部宛の**フィッシング**メール。");
        }
    }
}
