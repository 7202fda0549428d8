package org.yagura.analysis;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the Debian tools the analysis engine must agree with; tests are skipped where one is missing. */
final class CommandLineOracle {

    private CommandLineOracle() {
    }

    static void assumeInstalled(String tool) {
        boolean found = false;
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            found |= !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool));
        }
        assumeTrue(found, tool + " is not installed; oracle test skipped");
    }

    /** Standard output of the command, line by line; standard error is discarded. */
    static List<String> run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("oracle", ".out");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            return new ArrayList<>(Files.readAllLines(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    static List<String> run(String... command) throws IOException, InterruptedException {
        return run(List.of(command));
    }
}
