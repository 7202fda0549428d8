package org.yagura.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveWalkerTests {

    @TempDir
    Path dir;

    private final FileAnalyzer analyzer = new FileAnalyzer();

    @Test
    void listsAndAnalysesTheMembersOfAZipIncludingAnExecutable() throws Exception {
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("readme.txt", AnalysisSamples.utf8("contact admin@example.org\n"));
        members.put("bin/tool.exe", AnalysisSamples.minimalPe());
        FileAnalysis analysis = analyzer.analyze(Files.write(dir.resolve("bundle.zip"), AnalysisSamples.zip(members)));

        ArchiveInfo archive = analysis.archive();
        assertThat(archive.format()).isEqualTo("zip");
        assertThat(archive.complete()).isTrue();
        assertThat(archive.members()).extracting(ArchiveInfo.Member::path).containsExactly("readme.txt", "bin/tool.exe");
        FileAnalysis readme = archive.members().get(0).analysis();
        assertThat(readme.profile().sha256()).isEqualTo(sha256(members.get("readme.txt")));
        assertThat(readme.strings()).extracting(FoundString::value).containsExactly("contact admin@example.org");
        FileAnalysis tool = archive.members().get(1).analysis();
        assertThat(tool.pe().imphash()).isEqualTo(AnalysisSamples.MINIMAL_PE_IMPHASH);
        assertThat(analysis.errors()).isEmpty();
    }

    @Test
    void walksATarInsideAGzip() throws Exception {
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("etc/hosts", AnalysisSamples.utf8("127.0.0.1 localhost\n"));
        members.put("payload/sample.pdf", AnalysisSamples.pdfWithOpenActionJavaScript());
        byte[] tgz = AnalysisSamples.gzip(AnalysisSamples.tar(members));
        FileAnalysis analysis = analyzer.analyze(Files.write(dir.resolve("backup.tar.gz"), tgz));

        ArchiveInfo.Member tar = analysis.archive().members().get(0);
        assertThat(analysis.archive().format()).isEqualTo("gzip");
        assertThat(tar.path()).isEqualTo("backup.tar");
        assertThat(tar.size()).isEqualTo(AnalysisSamples.tar(members).length);
        ArchiveInfo inner = tar.analysis().archive();
        assertThat(inner.format()).isEqualTo("tar");
        assertThat(inner.members()).extracting(ArchiveInfo.Member::path).containsExactly("etc/hosts", "payload/sample.pdf");
        assertThat(inner.members().get(1).analysis().document().javaScript()).isTrue();
    }

    @Test
    void stopsExpandingAZipBombAtTheCompressionRatio() throws Exception {
        Path bomb = dir.resolve("bomb.zip");
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 256; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("after.txt"));
            zip.write("never reached".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(512L * 1024);
        long start = System.nanoTime();

        FileAnalysis analysis = analyzer.analyze(bomb);

        // expanding all 256 MiB would take seconds; stopping at the ratio takes milliseconds
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
        assertThat(analysis.archive().complete()).isFalse();
        assertThat(analysis.archive().members()).hasSize(1);
        assertThat(analysis.archive().members().get(0).analysis()).isNull();
        assertThat(analysis.errors()).anyMatch(e -> e.contains("zeros.bin expands more than 100:1"));
    }

    @Test
    void stopsAtTheNestingDepthOfARecursiveArchive() throws Exception {
        byte[] nested = AnalysisSamples.zip(Map.of("core.txt", AnalysisSamples.utf8("the core")));
        for (int level = 0; level < 6; level++) {
            nested = AnalysisSamples.zip(Map.of("level" + level + ".zip", nested));
        }
        FileAnalysis analysis = analyzer.analyze(Files.write(dir.resolve("droste.zip"), nested));

        FileAnalysis deepest = analysis;
        int depth = 0;
        while (deepest.archive() != null && !deepest.archive().members().isEmpty()) {
            deepest = deepest.archive().members().get(0).analysis();
            depth++;
        }
        assertThat(depth).isEqualTo(AnalysisLimits.defaults().maxArchiveDepth());
        assertThat(deepest.errors()).anyMatch(e -> e.contains("nesting depth limit 3 reached"));
    }

    @Test
    void stopsAtTheMemberCountAndTheExpandedSizeBudget() throws Exception {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            many.put("file" + i + ".txt", AnalysisSamples.utf8("member number " + i));
        }
        AnalysisLimits few = AnalysisLimits.defaults().withArchiveLimits(3, 10, 1024 * 1024, 100);
        FileAnalysis counted = new FileAnalyzer(few).analyze(Files.write(dir.resolve("many.zip"), AnalysisSamples.zip(many)));
        assertThat(counted.archive().members()).hasSize(10);
        assertThat(counted.archive().complete()).isFalse();
        assertThat(counted.errors()).anyMatch(e -> e.contains("member limit reached"));

        byte[] big = new byte[300_000];
        new java.util.Random(3).nextBytes(big);
        AnalysisLimits small = AnalysisLimits.defaults().withArchiveLimits(3, 100, 500_000, 100);
        FileAnalysis sized = new FileAnalyzer(small).analyze(Files.write(dir.resolve("big.zip"),
                AnalysisSamples.zip(Map.of("a.bin", big, "b.bin", big))));
        assertThat(sized.archive().members()).hasSize(2);
        assertThat(sized.archive().members().get(1).analysis()).isNull();
        assertThat(sized.errors()).anyMatch(e -> e.contains("expanded size limit"));
    }

    @Test
    void namesTheErrorOfATruncatedArchiveAndKeepsTheMembersReadBeforeIt() throws Exception {
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("first.txt", AnalysisSamples.utf8("complete first member"));
        byte[] noise = new byte[50_000];
        new java.util.Random(5).nextBytes(noise);
        members.put("second.bin", noise);
        byte[] zip = AnalysisSamples.zip(members);
        FileAnalysis zipCut = analyzer.analyze(Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(zip, zip.length / 2)));
        assertThat(zipCut.archive().members()).extracting(ArchiveInfo.Member::path).contains("first.txt");
        assertThat(zipCut.archive().complete()).isFalse();
        assertThat(zipCut.errors()).anyMatch(e -> e.startsWith("archive: zip unreadable after"));

        byte[] tar = AnalysisSamples.tar(members);
        FileAnalysis tarCut = analyzer.analyze(Files.write(dir.resolve("cut.tar"), java.util.Arrays.copyOf(tar, 2048)));
        assertThat(tarCut.archive().complete()).isFalse();
        assertThat(tarCut.errors()).anyMatch(e -> e.contains("truncated"));

        byte[] gz = AnalysisSamples.gzip(noise);
        FileAnalysis gzCut = analyzer.analyze(Files.write(dir.resolve("cut.gz"), java.util.Arrays.copyOf(gz, gz.length - 100)));
        assertThat(gzCut.archive().complete()).isFalse();
        assertThat(gzCut.errors()).anyMatch(e -> e.startsWith("archive: gzip unreadable"));
    }

    @Test
    void sharesOneBudgetOfKeptStringsAmongAllMembers() throws Exception {
        Map<String, byte[]> members = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            members.put("words" + i + ".txt", AnalysisSamples.utf8("indicator number one\n".repeat(400)));
        }
        AnalysisLimits limits = AnalysisLimits.defaults();
        FileAnalysis analysis = new FileAnalyzer(new AnalysisLimits(4, 1_000, 1_024, 1_000, 3, 1_000,
                limits.maxExpandedBytes(), 100, limits.maxScannedBytes(), limits.timeLimit()))
                .analyze(Files.write(dir.resolve("words.zip"), AnalysisSamples.zip(members)));

        int kept = analysis.archive().members().stream().mapToInt(m -> m.analysis().strings().size()).sum();
        long counted = analysis.archive().members().stream().mapToLong(m -> m.analysis().stringCount()).sum();
        assertThat(kept).isEqualTo(1_000);
        assertThat(counted).isEqualTo(2_000);
    }

    @Test
    void analysesAnEmptyFileWithoutFormatDetails() throws IOException {
        FileAnalysis empty = analyzer.analyze(Files.write(dir.resolve("empty"), new byte[0]));
        assertThat(empty.profile().size()).isZero();
        assertThat(empty.pe()).isNull();
        assertThat(empty.archive()).isNull();
        assertThat(empty.stringCount()).isZero();
        assertThat(empty.errors()).isEmpty();
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
