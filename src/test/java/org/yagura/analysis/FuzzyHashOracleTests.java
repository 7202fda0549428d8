package org.yagura.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yagura.analysis.CommandLineOracle.assumeInstalled;
import static org.yagura.analysis.CommandLineOracle.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine prints what Debian's ssdeep, tlsh and coreutils print, on a generated corpus. */
class FuzzyHashOracleTests {

    @TempDir
    static Path dir;

    static List<Path> corpus;
    static final Map<Path, FileProfile> PROFILES = new HashMap<>();

    @BeforeAll
    static void profileCorpus() throws IOException {
        corpus = AnalysisCorpus.write(dir);
        FileProfiler profiler = new FileProfiler();
        for (Path file : corpus) {
            PROFILES.put(file.toAbsolutePath(), profiler.profile(file));
        }
    }

    @Test
    void corpusHasSeveralHundredFiles() {
        assertThat(corpus).hasSizeGreaterThan(300);
    }

    @Test
    void cryptographicHashesEqualMessageDigestRunSeparately() throws Exception {
        HexFormat hex = HexFormat.of();
        for (Path file : corpus) {
            byte[] data = Files.readAllBytes(file);
            FileProfile profile = PROFILES.get(file.toAbsolutePath());
            assertThat(profile.size()).isEqualTo(data.length);
            assertThat(profile.md5()).isEqualTo(hex.formatHex(MessageDigest.getInstance("MD5").digest(data)));
            assertThat(profile.sha1()).isEqualTo(hex.formatHex(MessageDigest.getInstance("SHA-1").digest(data)));
            assertThat(profile.sha256()).isEqualTo(hex.formatHex(MessageDigest.getInstance("SHA-256").digest(data)));
            assertThat(profile.sha512()).isEqualTo(hex.formatHex(MessageDigest.getInstance("SHA-512").digest(data)));
        }
    }

    @Test
    void cryptographicHashesEqualCoreutils() throws Exception {
        Map<String, Function<FileProfile, String>> tools = Map.of("md5sum", FileProfile::md5,
                "sha1sum", FileProfile::sha1, "sha256sum", FileProfile::sha256, "sha512sum", FileProfile::sha512);
        for (Map.Entry<String, Function<FileProfile, String>> tool : tools.entrySet()) {
            assumeInstalled(tool.getKey());
            List<String> command = new ArrayList<>(List.of(tool.getKey(), "--"));
            corpus.forEach(file -> command.add(file.toAbsolutePath().toString()));
            List<String> mismatches = new ArrayList<>();
            List<String> lines = run(command);
            for (String line : lines) {
                int space = line.indexOf("  ");
                Path file = Path.of(line.substring(space + 2));
                String ours = tool.getValue().apply(PROFILES.get(file));
                if (!line.substring(0, space).equals(ours)) {
                    mismatches.add(tool.getKey() + " " + file.getFileName() + ": " + line.substring(0, space));
                }
            }
            assertThat(lines).hasSameSizeAs(corpus);
            assertThat(mismatches).isEmpty();
        }
    }

    @Test
    void ssdeepDigestsEqualDebianSsdeep() throws Exception {
        assumeInstalled("ssdeep");
        Map<Path, String> expected = new HashMap<>();
        for (String line : run("ssdeep", "-s", "-r", dir.toAbsolutePath().toString())) {
            int quote = line.indexOf(",\"");
            if (quote > 0 && !line.startsWith("ssdeep,")) {
                expected.put(Path.of(line.substring(quote + 2, line.length() - 1)), line.substring(0, quote));
            }
        }
        assertThat(expected).hasSameSizeAs(corpus);
        List<String> mismatches = new ArrayList<>();
        expected.forEach((file, digest) -> {
            if (!digest.equals(PROFILES.get(file).ssdeep())) {
                mismatches.add(file.getFileName() + ": " + digest + " != " + PROFILES.get(file).ssdeep());
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void tlshDigestsEqualDebianTlshAndAreMissingWhereItGivesNone() throws Exception {
        assumeInstalled("tlsh");
        Map<Path, String> expected = new HashMap<>();
        for (String line : run("tlsh", "-r", dir.toAbsolutePath().toString())) {
            String[] fields = line.split("\t");
            if (fields.length == 2) {
                expected.put(Path.of(fields[1]), fields[0]);
            }
        }
        assertThat(expected).hasSizeGreaterThan(200);
        List<String> mismatches = new ArrayList<>();
        PROFILES.forEach((file, profile) -> {
            String digest = expected.get(file);
            String ours = profile.tlsh() == null ? null : profile.tlsh().substring(2);
            if (digest == null ? ours != null : !digest.equals(ours)) {
                mismatches.add(file.getFileName() + ": " + digest + " != " + ours);
            }
        });
        assertThat(mismatches).isEmpty();
        assertThat(PROFILES.values()).allSatisfy(profile -> {
            if (profile.tlsh() != null) {
                assertThat(profile.tlsh()).startsWith("T1").hasSize(72);
            }
        });
    }

    @Test
    void ssdeepScoresEqualDebianSsdeepOnSimilarFiles() throws Exception {
        assumeInstalled("ssdeep");
        List<String> command = new ArrayList<>(List.of("ssdeep", "-s", "-a", "-c", "-d"));
        similarFiles().forEach(file -> command.add(file.toString()));
        List<String> mismatches = new ArrayList<>();
        int pairs = 0;
        int related = 0;
        for (String line : run(command)) {
            String[] fields = line.split(",");
            Path a = Path.of(unquote(fields[0]));
            Path b = Path.of(unquote(fields[1]));
            int expected = Integer.parseInt(fields[2]);
            int ours = Ssdeep.compare(PROFILES.get(a).ssdeep(), PROFILES.get(b).ssdeep());
            pairs++;
            related += expected > 0 ? 1 : 0;
            if (ours != expected) {
                mismatches.add(a.getFileName() + " ~ " + b.getFileName() + ": " + expected + " != " + ours);
            }
        }
        assertThat(pairs).isGreaterThan(1_000);
        assertThat(related).isGreaterThan(50);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void tlshDistancesEqualDebianTlshWithAndWithoutLength() throws Exception {
        assumeInstalled("tlsh");
        String near = dir.resolve("near").toAbsolutePath().toString();
        for (boolean withLength : new boolean[] {true, false}) {
            List<String> command = new ArrayList<>(List.of("tlsh", "-xref", "-r", near));
            if (!withLength) {
                command.add("-xlen");
            }
            List<String> mismatches = new ArrayList<>();
            List<String> lines = run(command);
            for (String line : lines) {
                String[] fields = line.trim().split("\t");
                String a = PROFILES.get(Path.of(fields[0])).tlsh();
                String b = PROFILES.get(Path.of(fields[1])).tlsh();
                int expected = Integer.parseInt(fields[2].trim());
                int ours = Tlsh.distance(a, b, withLength);
                if (ours != expected) {
                    mismatches.add(fields[0] + " ~ " + fields[1] + ": " + expected + " != " + ours);
                }
            }
            assertThat(lines).hasSizeGreaterThan(1_000);
            assertThat(mismatches).isEmpty();
        }
    }

    private static List<Path> similarFiles() throws IOException {
        try (Stream<Path> near = Files.list(dir.resolve("near")); Stream<Path> all = Files.list(dir)) {
            return Stream.concat(near, all.filter(file -> file.getFileName().toString().startsWith("english")))
                    .map(Path::toAbsolutePath).sorted().toList();
        }
    }

    private static String unquote(String field) {
        return field.substring(1, field.length() - 1);
    }
}
