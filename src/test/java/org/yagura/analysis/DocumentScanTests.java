package org.yagura.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentScanTests {

    @TempDir
    Path dir;

    private final FileAnalyzer analyzer = new FileAnalyzer();

    @Test
    void flagsJavaScriptAndAnOpenActionInAPdfEvenWithAnEscapedName() throws Exception {
        DocumentInfo pdf = analyze("invoice.pdf", AnalysisSamples.pdfWithOpenActionJavaScript()).document();

        assertThat(pdf.format()).isEqualTo("pdf");
        assertThat(pdf.javaScript()).isTrue();
        assertThat(pdf.autoAction()).isTrue();
        assertThat(pdf.launch()).isFalse();
        assertThat(pdf.embeddedFiles()).isFalse();
        assertThat(pdf.evidence()).contains("/JavaScript ×1", "/JS ×1", "/OpenAction ×1");
    }

    @Test
    void flagsLaunchActionsAndEmbeddedFilesAcrossChunkBoundaries() throws Exception {
        StringBuilder pdf = new StringBuilder("%PDF-1.6\n");
        // push the interesting names past the profiler's first 256 KiB chunk
        pdf.append("% filler\n".repeat(30_000));
        pdf.append("5 0 obj << /Type /Action /S /Launch /F (cmd.exe) >> endobj\n");
        pdf.append("6 0 obj << /Names << /EmbeddedFiles 7 0 R >> /AA << /O 5 0 R >> >> endobj\n%%EOF\n");
        DocumentInfo info = analyze("launch.pdf", pdf.toString().getBytes(StandardCharsets.US_ASCII)).document();

        assertThat(info.launch()).isTrue();
        assertThat(info.embeddedFiles()).isTrue();
        assertThat(info.autoAction()).isTrue();
        assertThat(info.javaScript()).isFalse();
    }

    @Test
    void findsJavaScriptHiddenInACompressedObjectStream() throws Exception {
        byte[] hidden = deflate("1 0 2 60 << /Type /Catalog /OpenAction 2 0 R >> << /S /JavaScript /JS (app.alert(1)) >>");
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        pdf.writeBytes(("%PDF-1.7\n5 0 obj << /Type /ObjStm /N 2 /First 8 /Filter /FlateDecode /Length " + hidden.length
                + " >>\r\nstream\r\n").getBytes(StandardCharsets.US_ASCII));
        pdf.writeBytes(hidden);
        pdf.writeBytes("\nendstream\nendobj\n6 0 obj << /Length 4 >>\nstream\n\u00ff\u00d8xx\nendstream\nendobj\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        DocumentInfo info = analyze("objstm.pdf", pdf.toByteArray()).document();

        assertThat(info.javaScript()).isTrue();
        assertThat(info.autoAction()).isTrue();
        assertThat(info.evidence()).contains("/ObjStm ×1", "/JavaScript ×1 in compressed streams",
                "/OpenAction ×1 in compressed streams");
    }

    @Test
    void inflatesNoMoreThanTheScanLimitAndSurvivesABrokenStream() throws Exception {
        byte[] big = deflate("/JS ".repeat(300_000));
        byte[] broken = deflate("/Launch /Launch");
        broken[broken.length / 2] ^= 0x55;
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        pdf.writeBytes("%PDF-1.7\n1 0 obj << >>\nstream\n".getBytes(StandardCharsets.US_ASCII));
        pdf.writeBytes(broken);
        pdf.writeBytes("\nendstream\n2 0 obj << >>\nstream\n".getBytes(StandardCharsets.US_ASCII));
        pdf.writeBytes(big);
        pdf.writeBytes("\nendstream\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        AnalysisLimits defaults = AnalysisLimits.defaults();
        AnalysisLimits small = new AnalysisLimits(4, 100, 100, 100, 3, 100, 1 << 20, 100, 100_000, defaults.timeLimit());
        DocumentInfo info = new FileAnalyzer(small).analyze(Files.write(dir.resolve("big.pdf"), pdf.toByteArray())).document();

        assertThat(info.javaScript()).isTrue();
        int counted = info.evidence().stream().filter(e -> e.startsWith("/JS ×") && e.endsWith("in compressed streams"))
                .mapToInt(e -> Integer.parseInt(e.replaceAll("\\D", ""))).findFirst().orElseThrow();
        assertThat(counted).as("names in the first 100,000 inflated bytes only").isEqualTo(25_000);
    }

    private static byte[] deflate(String text) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater();
        deflater.setInput(text.getBytes(StandardCharsets.US_ASCII));
        deflater.finish();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    @Test
    void findsTheSameInTheObjectStreamSampleUsedByTheFuzzTest() throws Exception {
        DocumentInfo info = analyze("sample.pdf", AnalysisSamples.pdfWithObjectStream()).document();
        assertThat(info.javaScript() && info.autoAction()).isTrue();
    }

    @Test
    void reportsAPlainPdfAsHavingNoActiveContent() throws Exception {
        DocumentInfo pdf = analyze("plain.pdf", AnalysisSamples.plainPdf()).document();

        assertThat(pdf.javaScript() || pdf.autoAction() || pdf.launch() || pdf.embeddedFiles()).isFalse();
        assertThat(pdf.evidence()).isEmpty();
    }

    @Test
    void flagsMacrosEmbeddedObjectsAndARemoteTemplateInAnOfficeOpenXmlDocument() throws Exception {
        FileAnalysis analysis = analyze("report.docm", AnalysisSamples.docmWithRemoteTemplate());
        DocumentInfo docm = analysis.document();

        assertThat(docm.format()).isEqualTo("ooxml");
        assertThat(docm.macros()).isTrue();
        assertThat(docm.embeddedFiles()).isTrue();
        assertThat(docm.externalRelationships()).containsExactly("http://203.0.113.7/template.dotm");
        assertThat(docm.evidence()).contains("word/vbaProject.bin");
        FileAnalysis vbaProject = analysis.archive().members().stream()
                .filter(m -> m.path().equals("word/vbaProject.bin")).findFirst().orElseThrow().analysis();
        assertThat(vbaProject.document().macros()).isTrue();
    }

    @Test
    void flagsTheVbaStorageOfAnOleCompoundFile() throws Exception {
        DocumentInfo withMacros = analyze("legacy.doc", AnalysisSamples.oleWithVbaStorage()).document();
        DocumentInfo without = analyze("clean.doc", AnalysisSamples.oleWithoutMacros()).document();

        assertThat(withMacros.format()).isEqualTo("ole");
        assertThat(withMacros.macros()).isTrue();
        assertThat(withMacros.evidence()).containsExactly("VBA", "_VBA_PROJECT");
        assertThat(without.macros()).isFalse();
    }

    @Test
    void namesTheErrorOfABrokenOleDirectoryChain() throws Exception {
        byte[] ole = AnalysisSamples.oleWithVbaStorage();
        // the directory's first sector points past the end of the file
        ole[48] = 0x40;
        FileAnalysis analysis = analyze("broken.doc", ole);
        assertThat(analysis.errors()).anyMatch(e -> e.startsWith("ole"));

        FileAnalysis truncated = analyze("short.doc", Arrays.copyOf(AnalysisSamples.oleWithVbaStorage(), 700));
        assertThat(truncated.errors()).anyMatch(e -> e.startsWith("ole"));
    }

    private FileAnalysis analyze(String name, byte[] content) throws Exception {
        return analyzer.analyze(Files.write(dir.resolve(name), content));
    }
}
