package org.yagura.analysis;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A small dynamically linked program compiled with the installed gcc, not stripped. */
final class ElfSample {

    private static final String SOURCE = """
            #include <stdio.h>
            int yagura_marker_function(int x) { return x * 3; }
            int main(void) { puts("yagura-elf-sample http://198.51.100.4/"); return yagura_marker_function(1) == 3 ? 0 : 1; }
            """;

    private ElfSample() {
    }

    static byte[] compile(Path dir) throws Exception {
        CommandLineOracle.assumeInstalled("gcc");
        Path source = Files.writeString(dir.resolve("sample.c"), SOURCE);
        Path binary = dir.resolve("sample");
        Process gcc = new ProcessBuilder("gcc", "-O1", "-o", binary.toString(), source.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assumeTrue(gcc.waitFor(120, TimeUnit.SECONDS) && gcc.exitValue() == 0, "gcc could not build the sample");
        return Files.readAllBytes(binary);
    }

    static String expectedMachine() {
        return switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86-64";
            case "aarch64" -> "aarch64";
            default -> System.getProperty("os.arch");
        };
    }

    static String expectedClass() {
        return System.getProperty("os.arch").contains("64") ? "ELF64" : "ELF32";
    }
}
