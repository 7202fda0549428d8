package org.yagura.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTests {

    @TempDir
    Path dir;

    @Test
    void printsOneJsonObjectPerFileWithHashesTypeAndEntropy() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "侵害の報告\n".repeat(200), StandardCharsets.UTF_8);
        byte[] random = new byte[300_000];
        new Random(7).nextBytes(random);
        Path bin = Files.write(dir.resolve("blob.bin"), random);
        Path empty = Files.write(dir.resolve("empty"), new byte[0]);
        List<String> lines = run(0, text.toString(), bin.toString(), empty.toString());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"size\":" + Files.size(text), "\"mimeType\":\"text/plain\"",
                "\"md5\":\"" + hex("MD5", Files.readAllBytes(text)) + "\"", "\"extensionMismatch\":false");
        assertThat(lines.get(1)).contains("\"sha256\":\"" + hex("SHA-256", random) + "\"", "\"tlsh\":\"T1",
                "\"ssdeep\":\"", "\"mimeType\":\"application/octet-stream\"");
        assertThat(lines.get(2)).contains("\"size\":0", "\"tlsh\":null",
                "\"md5\":\"d41d8cd98f00b204e9800998ecf8427e\"");
    }

    @Test
    void flagsAnExecutableDisguisedAsADocument() throws Exception {
        byte[] zip = {0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        Path disguised = Files.write(dir.resolve("invoice.pdf"), zip);
        assertThat(run(0, disguised.toString()).get(0)).contains("\"mimeType\":\"application/zip\"", "\"extensionMismatch\":true");
    }

    @Test
    void namesFilesItCannotReadAndFailsWithoutStopping() throws Exception {
        Path ok = Files.writeString(dir.resolve("ok.txt"), "fine");
        List<String> lines = run(1, dir.resolve("missing.bin").toString(), dir.toString(), ok.toString());
        assertThat(lines.get(0)).contains("\"error\":\"no such file\"");
        assertThat(lines.get(1)).contains("\"error\":\"is a directory\"");
        assertThat(lines.get(2)).contains("\"size\":4");
        assertThat(new AnalyzeCommand().run(List.of(), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }

    @Test
    void printsFormatDetailsStringsAndErrorsAsValidJson() throws Exception {
        Path exe = Files.write(dir.resolve("hello.exe"), AnalysisSamples.resource("hello-signed.exe"));
        Path elf = Files.write(dir.resolve("hello.elf"), AnalysisSamples.resource("hello.elf"));
        Path zip = Files.write(dir.resolve("bundle.zip"), AnalysisSamples.zip(java.util.Map.of("tool.exe", AnalysisSamples.minimalPe())));
        Path docm = Files.write(dir.resolve("report.docm"), AnalysisSamples.docmWithRemoteTemplate());
        Path broken = Files.write(dir.resolve("broken.exe"), java.util.Arrays.copyOf(AnalysisSamples.minimalPe(), 0x180));
        List<String> lines = run(0, exe.toString(), elf.toString(), zip.toString(), docm.toString(), broken.toString());
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();

        var pe = mapper.readTree(lines.get(0));
        assertThat(pe.at("/pe/imphash").asText()).isEqualTo("fec45337694ab83651378624d8f09bea");
        assertThat(pe.at("/pe/authenticode").asBoolean()).isTrue();
        assertThat(pe.at("/pe/overlay/offset").asLong()).isEqualTo(16384);
        assertThat(pe.at("/pe/sections/0/name").asText()).isEqualTo(".text");
        assertThat(pe.at("/strings/count").asLong()).isGreaterThan(20);
        assertThat(pe.at("/strings/sample")).hasSize(AnalysisJson.STRING_SAMPLE);
        assertThat(pe.at("/strings/sample/0/offset").isNumber()).isTrue();
        assertThat(pe.at("/errors")).isEmpty();
        var elfJson = mapper.readTree(lines.get(1));
        assertThat(elfJson.at("/elf/machine").asText()).isEqualTo("x86-64");
        assertThat(elfJson.at("/elf/interpreter").asText()).startsWith("/lib");
        assertThat(elfJson.at("/elf/libraries/0").asText()).isEqualTo("libc.so.6");
        var zipJson = mapper.readTree(lines.get(2));
        assertThat(zipJson.at("/archive/format").asText()).isEqualTo("zip");
        assertThat(zipJson.at("/archive/members/0/path").asText()).isEqualTo("tool.exe");
        assertThat(zipJson.at("/archive/members/0/pe/imphash").asText()).isEqualTo(AnalysisSamples.MINIMAL_PE_IMPHASH);
        var docJson = mapper.readTree(lines.get(3));
        assertThat(docJson.at("/document/macros").asBoolean()).isTrue();
        assertThat(docJson.at("/document/externalRelationships/0").asText()).isEqualTo("http://203.0.113.7/template.dotm");
        var brokenJson = mapper.readTree(lines.get(4));
        assertThat(brokenJson.at("/errors").toString()).contains("section table truncated");
    }

    @Test
    void takesTheMinimumStringLengthFromTheCommandLine() throws Exception {
        Path text = Files.writeString(dir.resolve("words.txt"), "abc abcdef\nxy\n");
        assertThat(run(0, text.toString()).get(0)).contains("\"strings\":{\"count\":1,");
        assertThat(run(0, "--min-string-length", "2", text.toString()).get(0)).contains("\"strings\":{\"count\":2,");
        assertThat(new AnalyzeCommand().run(List.of("--min-string-length", "zero", text.toString()),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }

    @Test
    void escapesNamesInJson() {
        assertThat(AnalyzeCommand.quote("a\"b\\c\n")).isEqualTo("\"a\\\"b\\\\c\\u000a\"");
    }

    private static List<String> run(int expectedExit, String... files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new AnalyzeCommand().run(List.of(files), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
        assertThat(exit).isEqualTo(expectedExit);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static String hex(String algorithm, byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
    }
}
