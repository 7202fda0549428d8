package org.yagura.artifacts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Runs Debian's {@code yara} as a subprocess: an argument list, never a shell; an empty environment
 * but {@code LC_ALL=C}; rules written to files in a private temporary directory under names Yagura
 * chooses; under {@code prlimit --as} (address-space limit) when configured; killed when it runs past
 * the timeout; its output read with a cap. Nothing a user typed ever becomes a path or an option.
 */
@Component
class YaraCommand {

    private static final Logger log = LoggerFactory.getLogger(YaraCommand.class);
    private static final int MAX_STDOUT = 8 * 1024 * 1024;
    private static final int MAX_STDERR = 256 * 1024;

    private final Path yara;
    private final Path prlimit;
    private final Duration timeout;
    private final long memoryLimit;
    private final ExecutorService drains = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "yagura-yara-output");
        thread.setDaemon(true);
        return thread;
    });

    YaraCommand(@Value("${yagura.artifacts.yara.command:/usr/bin/yara}") Path yara,
            @Value("${yagura.artifacts.yara.prlimit:/usr/bin/prlimit}") Path prlimit,
            @Value("${yagura.artifacts.yara.timeout:60s}") Duration timeout,
            @Value("${yagura.artifacts.yara.memory-limit:1GB}") DataSize memoryLimit) {
        this.yara = yara;
        this.prlimit = prlimit;
        this.timeout = timeout.isNegative() || timeout.isZero() ? Duration.ofSeconds(60) : timeout;
        this.memoryLimit = memoryLimit.toBytes();
        if (memoryLimit.toBytes() > 0 && !Files.isExecutable(prlimit)) {
            log.warn("{} is missing: yara runs without a memory limit (install util-linux)", prlimit);
        }
    }

    /** True when the configured {@code yara} executable exists. */
    boolean available() {
        return Files.isExecutable(yara);
    }

    /** Compiles one rule set on its own (against an empty file) and returns the compiler's errors and warnings. */
    List<YaraProblem> compile(String source) {
        Path dir = workspace();
        try {
            Path rules = Files.writeString(dir.resolve("rules.yar"), source, StandardCharsets.UTF_8);
            Path empty = Files.createFile(dir.resolve("empty"));
            Run run = run(List.of(rules.toString(), empty.toString()), dir);
            if (run.timedOut()) {
                return List.of(new YaraProblem(YaraProblem.Severity.ERROR, 0, null, "compilation timed out", null));
            }
            List<YaraProblem> problems = new ArrayList<>(YaraDiagnostics.parse(run.stderr(), rules.toString()));
            if (run.exit() != 0 && problems.stream().noneMatch(YaraProblem::error)) {
                problems.add(new YaraProblem(YaraProblem.Severity.ERROR, 0, null, "yara exited with status " + run.exit(), null));
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    /**
     * Scans one file with several rule sets, each in its own namespace ({@code rs0}, {@code rs1}, … in
     * the order given), and returns the rules that matched. A failure or timeout is an exception.
     */
    List<YaraHit> scan(List<String> ruleSets, Path file) {
        Path dir = workspace();
        try {
            List<String> args = new ArrayList<>(List.of("-e", "-g", "-s", "-L", "-w",
                    "-a", String.valueOf(Math.max(1, timeout.toSeconds()))));
            for (int i = 0; i < ruleSets.size(); i++) {
                Path rules = Files.writeString(dir.resolve("rs" + i + ".yar"), ruleSets.get(i), StandardCharsets.UTF_8);
                args.add("rs" + i + ":" + rules);
            }
            String target = file.toAbsolutePath().toString();
            args.add(target);
            Run run = run(args, dir);
            if (run.timedOut()) {
                throw new YaraScanFailed("timed out after " + timeout.toSeconds() + " s");
            }
            if (run.exit() != 0) {
                String reason = run.stderr().strip().replace(target, "<file>");
                throw new YaraScanFailed("yara exited with status " + run.exit() + (reason.isEmpty() ? "" : ": " + reason));
            }
            return YaraOutput.parse(run.stdout(), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private Run run(List<String> yaraArgs, Path dir) throws IOException {
        List<String> command = new ArrayList<>();
        if (memoryLimit > 0 && Files.isExecutable(prlimit)) {
            command.addAll(List.of(prlimit.toString(), "--as=" + memoryLimit, "--"));
        }
        command.add(yara.toString());
        command.addAll(yaraArgs);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().clear();
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream(), MAX_STDOUT), drains);
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream(), MAX_STDERR), drains);
        try {
            boolean finished = process.waitFor(timeout.toMillis() + 2_000, TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
            return new Run(finished ? process.exitValue() : -1, !finished, out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new YaraScanFailed("interrupted");
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            throw new YaraScanFailed("could not read the output of yara: " + e);
        }
    }

    /** Reads a stream to its end, keeping at most {@code cap} bytes, so the process never blocks on a full pipe. */
    private static String drain(InputStream in, int cap) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                int room = cap - kept.size();
                if (room > 0) {
                    kept.write(buffer, 0, Math.min(room, n));
                }
            }
        } catch (IOException e) {
            // the process was killed: keep what was read
        }
        return kept.toString(StandardCharsets.UTF_8);
    }

    private static Path workspace() {
        try {
            return Files.createTempDirectory("yagura-yara-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            log.debug("Could not remove {}: {}", dir, e.toString());
        }
    }

    @PreDestroy
    void stop() {
        drains.shutdownNow();
    }

    private record Run(int exit, boolean timedOut, String stdout, String stderr) {
    }

    /** A scan that did not complete: yara failed, timed out or was interrupted. */
    static final class YaraScanFailed extends RuntimeException {
        YaraScanFailed(String message) {
            super(message);
        }
    }
}
