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
