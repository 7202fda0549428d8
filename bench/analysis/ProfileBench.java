import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.yagura.analysis.FileProfile;
import org.yagura.analysis.FileProfiler;

/**
 * Throughput of FileProfiler over every regular file of a directory (one read per file: MD5, SHA-1,
 * SHA-256, SHA-512, ssdeep, TLSH, entropy). Run by bench/analysis.sh:
 * java -cp target/classes bench/analysis/ProfileBench.java DIR [ROUNDS] [FILES_AT_A_TIME] [--tools]
 * Two files are profiled at a time (as the artifact analysis jobs run), each file over 256 KiB also on
 * two threads. Warms up on the first files, then profiles the whole directory ROUNDS times and prints the best.
 * With --tools, every round first runs the tool chain (md5sum, sha1sum, sha256sum, sha512sum, ssdeep -s,
 * tlsh -r) and sha256sum alone over the same files, so both sides meet the same machine state (this
 * machine's speed drifts by 10-20 % over minutes), and prints the ratios of the best rounds.
 */
public class ProfileBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int parallel = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        boolean tools = List.of(args).contains("--tools");
        String quoted = "'" + dir.toString().replace("'", "'\\''") + "'";
        String chain = String.join("; ", "md5sum " + quoted + "/* > /dev/null", "sha1sum " + quoted + "/* > /dev/null",
                "sha256sum " + quoted + "/* > /dev/null", "sha512sum " + quoted + "/* > /dev/null",
                "ssdeep -s " + quoted + "/* > /dev/null", "tlsh -r " + quoted + " > /dev/null 2>&1");
        String sha256sum = "sha256sum " + quoted + "/* > /dev/null";
        double bestChain = Double.MAX_VALUE;
        double bestSha256sum = Double.MAX_VALUE;
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        FileProfiler profiler = new FileProfiler();
        long warmed = 0;
        // spread over the whole directory (a prime stride), so every kind of file is warmed up
        for (int i = 0; warmed < 200L * 1024 * 1024; i = (i + 7919) % files.size()) {
            warmed += profiler.profile(files.get(i)).size();
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        double best = Double.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            if (tools) {
                double c = shell(chain);
                double h = shell(sha256sum);
                System.out.printf("round %d: tool chain %.2f s, sha256sum alone %.2f s%n", round + 1, c, h);
                bestChain = Math.min(bestChain, c);
                bestSha256sum = Math.min(bestSha256sum, h);
            }
            long start = System.nanoTime();
            List<Future<FileProfile>> results = new ArrayList<>();
            for (Path file : files) {
                results.add(pool.submit(() -> profiler.profile(file)));
            }
            long profiled = 0;
            for (Future<FileProfile> result : results) {
                profiled += result.get().size();
            }
            if (profiled != bytes) {
                throw new AssertionError("profiled " + profiled + " of " + bytes + " bytes");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: FileProfiler %.2f s%n", round + 1, seconds);
            best = Math.min(best, seconds);
        }
        pool.shutdown();
        System.out.printf("FileProfiler (%d files at a time): %d files, %.1f MB, best %.2f s, %.1f MB/s%n",
                parallel, files.size(), bytes / 1e6, best, bytes / 1e6 / best);
        if (tools) {
            System.out.printf("tool chain: best %.2f s, %.1f MB/s; sha256sum alone: best %.2f s, %.1f MB/s%n",
                    bestChain, bytes / 1e6 / bestChain, bestSha256sum, bytes / 1e6 / bestSha256sum);
            System.out.printf("FileProfiler: %.2fx the tool chain, %.2fx sha256sum alone%n",
                    bestChain / best, bestSha256sum / best);
        }
    }

    /** Wall-clock seconds of a bash command; fails on a non-zero exit. */
    private static double shell(String command) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
