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
 * java -cp target/classes bench/analysis/ProfileBench.java DIR [ROUNDS] [FILES_AT_A_TIME]
 * Two files are profiled at a time (as the artifact analysis jobs run), each file over 256 KiB also on
 * two threads. Warms up on the first files, then profiles the whole directory ROUNDS times and prints the best.
 */
public class ProfileBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int parallel = args.length > 2 ? Integer.parseInt(args[2]) : 2;
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
        for (int i = 0; warmed < 200L * 1024 * 1024; i = (i + 1) % files.size()) {
            warmed += profiler.profile(files.get(i)).size();
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        double best = Double.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
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
            System.out.printf("round %d: %.2f s%n", round + 1, seconds);
            best = Math.min(best, seconds);
        }
        pool.shutdown();
        System.out.printf("FileProfiler (%d files at a time): %d files, %.1f MB, best %.2f s, %.1f MB/s%n",
                parallel, files.size(), bytes / 1e6, best, bytes / 1e6 / best);
    }
}
