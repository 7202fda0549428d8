package org.yagura.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expected values for the mingw-built samples come from pefile 2023.2.7 (Debian python3-pefile):
 * get_imphash(), the section entropies, the import counts and the overlay offset.
 */
class PeParserTests {

    @TempDir
    Path dir;

    private final FileAnalyzer analyzer = new FileAnalyzer();

    @Test
    void readsHeadersSectionsImportsExportsAndResourcesOfAMingwExecutable() throws Exception {
        FileAnalysis analysis = analyze("hello.exe", AnalysisSamples.resource("hello.exe"));
        PeInfo pe = analysis.pe();

        assertThat(analysis.errors()).isEmpty();
        assertThat(pe).isNotNull();
        assertThat(pe.machine()).isEqualTo("amd64");
        assertThat(pe.pe32Plus()).isTrue();
        assertThat(pe.compiled()).isEqualTo(Instant.ofEpochSecond(1795647491L));
        assertThat(pe.entryPoint()).isEqualTo(0x14d0);
        assertThat(pe.subsystem()).isEqualTo("windows-cui");
        assertThat(pe.imphash()).isEqualTo("fec45337694ab83651378624d8f09bea");
        assertThat(pe.imports()).extracting(PeInfo.Import::dll).containsExactly("KERNEL32.dll", "msvcrt.dll", "USER32.dll");
        assertThat(pe.imports()).extracting(i -> i.functions().size()).containsExactly(13, 25, 1);
        assertThat(pe.imports().get(2).functions()).containsExactly("MessageBoxA");
        assertThat(pe.sections()).extracting(PeInfo.Section::name).containsExactly(".text", ".data", ".rdata",
                ".pdata", ".xdata", ".bss", ".edata", ".idata", ".CRT", ".tls", ".rsrc", ".reloc");
        assertThat(pe.sections().get(0).entropy()).isCloseTo(5.7374, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(pe.sections().get(0).permissions()).isEqualTo("r-x");
        assertThat(pe.exports().names()).containsExactly("main", "yagura_alpha", "yagura_beta");
        assertThat(pe.resources()).containsExactly(new PeInfo.Resource("RT_VERSION", 1, 222));
        assertThat(pe.authenticode()).isNull();
        assertThat(pe.overlay()).isNull();
        assertThat(analysis.strings()).extracting(FoundString::value).contains("http://example.org/yagura");
    }

    @Test
    void reportsTheCertificateTableAndTheOverlayOfASignedExecutable() throws Exception {
        PeInfo pe = analyze("signed.exe", AnalysisSamples.resource("hello-signed.exe")).pe();

        assertThat(pe.authenticode()).isEqualTo(new PeInfo.Range(16384, 72));
        assertThat(pe.overlay()).isEqualTo(new PeInfo.Range(16384, 72));
        assertThat(pe.imphash()).isEqualTo("fec45337694ab83651378624d8f09bea");
    }

    @Test
    void namesOrdinalImportsAsPefileDoesForTheImphash() throws Exception {
        PeInfo pe = analyze("minimal.exe", AnalysisSamples.minimalPe()).pe();

        assertThat(pe.machine()).isEqualTo("i386");
        assertThat(pe.pe32Plus()).isFalse();
        assertThat(pe.imports()).containsExactly(new PeInfo.Import("KERNEL32.dll", java.util.List.of("ExitProcess")),
                new PeInfo.Import("MyLib.dll", java.util.List.of("ord5", "Frobnicate")));
        assertThat(pe.imphash()).isEqualTo(AnalysisSamples.MINIMAL_PE_IMPHASH);
        assertThat(pe.compiled()).isEqualTo(Instant.parse("2020-09-13T12:26:40Z"));
        assertThat(pe.anomalies()).isEmpty();
    }

    @Test
    void namesWinsockOrdinalsAsPefileDoes() throws Exception {
        byte[] pe = AnalysisSamples.minimalPe();
        byte[] name = "WS2_32.dll\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, pe, 0x490, name.length);
        PeInfo info = analyze("ws2.exe", pe).pe();

        assertThat(info.imports().get(1)).isEqualTo(new PeInfo.Import("WS2_32.dll", java.util.List.of("getpeername", "Frobnicate")));
        // pefile 2023.2.7: get_imphash() of the same bytes
        assertThat(info.imphash()).isEqualTo("888b70314e44327fecc197cf8210dbbd");
    }

    @Test
    void flagsAnomaliesOfAWritableExecutableSectionAndAnEntryPointOutsideSections() throws Exception {
        ByteBuffer pe = ByteBuffer.wrap(AnalysisSamples.minimalPe()).order(ByteOrder.LITTLE_ENDIAN);
        pe.putInt(0x58 + 16, 0x9000);
        pe.putInt(0x58 + 224 + 36, 0xE0000020);
        PeInfo info = analyze("odd.exe", pe.array()).pe();

        assertThat(info.anomalies()).contains("section .text is writable and executable",
                "entry point 0x9000 is outside every section");
    }

    @Test
    void givesAPartialResultWithErrorsForBrokenHeaders() throws Exception {
        byte[] valid = AnalysisSamples.minimalPe();

        FileAnalysis noSignature = analyze("dos.exe", Arrays.copyOf(valid, 0x40));
        assertThat(noSignature.pe()).isNull();
        assertThat(noSignature.errors()).anyMatch(e -> e.contains("no PE signature"));

        ByteBuffer farAway = ByteBuffer.wrap(valid.clone()).order(ByteOrder.LITTLE_ENDIAN).putInt(0x3c, 0x7fffffff);
        assertThat(analyze("far.exe", farAway.array()).errors()).anyMatch(e -> e.contains("no PE signature"));

        FileAnalysis truncated = analyze("cut.exe", Arrays.copyOf(valid, 0x180));
        assertThat(truncated.pe()).isNotNull();
        assertThat(truncated.pe().sections()).hasSize(1);
        assertThat(truncated.errors()).anyMatch(e -> e.contains("section table truncated"))
                .anyMatch(e -> e.contains("import directory"));
        assertThat(truncated.pe().imphash()).isNull();

        ByteBuffer badImports = ByteBuffer.wrap(valid.clone()).order(ByteOrder.LITTLE_ENDIAN);
        badImports.putInt(0x400 + 12, 0x7000_0000);
        FileAnalysis broken = analyze("imports.exe", badImports.array());
        assertThat(broken.pe().imports()).extracting(PeInfo.Import::dll).containsExactly("MyLib.dll");
        assertThat(broken.pe().imphash()).as("not computed from part of the imports").isNull();
        assertThat(broken.errors()).anyMatch(e -> e.contains("outside the file"));
    }

    @Test
    void survivesAResourceDirectoryThatPointsToItself() throws Exception {
        ByteBuffer pe = ByteBuffer.wrap(Arrays.copyOf(AnalysisSamples.minimalPe(), 0x600)).order(ByteOrder.LITTLE_ENDIAN);
        // resource directory at RVA 0x2100 (file 0x500): one ID entry whose subdirectory is the root again
        pe.putInt(0x58 + 96 + 16, 0x2100).putInt(0x58 + 100 + 16, 0x40);
        pe.putShort(0x500 + 14, (short) 1).putInt(0x500 + 16, 3).putInt(0x500 + 20, 0x80000000);
        FileAnalysis analysis = analyze("loop.exe", pe.array());

        assertThat(analysis.pe().anomalies()).contains("resource directory loops back to itself");
    }

    private FileAnalysis analyze(String name, byte[] content) throws Exception {
        return analyzer.analyze(Files.write(dir.resolve(name), content));
    }
}
