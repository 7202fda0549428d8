package org.yagura.artifacts;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yagura.analysis.SimilarityKeys;
import org.yagura.analysis.Tlsh;
import org.yagura.shared.cli.CliCommand;

/**
 * {@code java -jar yagura.jar artifacts similarity-bench N [QUERIES] [BRUTE]}: fills the similarity index with N
 * synthetic TLSH digests (5 % in planted families of near-duplicates), then asks QUERIES similarity queries at
 * distance 100 through the index and BRUTE of them by scanning every stored digest, and checks the index's
 * recall against an exact comparison with all N digests for every query.
 */
@Component
class SimilarityBenchCommand implements CliCommand {

    private static final int THRESHOLD = 100;
    private final SimilarityBench bench;
    private final SimilarityIndex index;
    private final SimilarityRepository repository;

    SimilarityBenchCommand(SimilarityBench bench, SimilarityIndex index, SimilarityRepository repository) {
        this.bench = bench;
        this.index = index;
        this.repository = repository;
    }

    @Override
    public String name() {
        return "artifacts similarity-bench";
    }

    @Override
    public String usage() {
        return "artifacts similarity-bench N [QUERIES] [BRUTE]";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        int n;
        int queries;
        int brute;
        try {
            n = Integer.parseInt(arguments.get(0));
            queries = arguments.size() > 1 ? Integer.parseInt(arguments.get(1)) : 200;
            brute = arguments.size() > 2 ? Integer.parseInt(arguments.get(2)) : 20;
        } catch (RuntimeException e) {
            err.println("Usage: java -jar yagura.jar " + usage());
            return 2;
        }
        if (repository.count() > 0) {
            err.println("The similarity index is not empty: run the benchmark on a fresh database");
            return 1;
        }
        int families = Math.max(1, n / 20 / SimilarityBench.FAMILY);
        List<String> digests = SimilarityBench.digests(n, families, 42);
        long fill = bench.fill(digests, 10_000);
        out.printf("fill %,d digests (%,d in %,d planted families): %.1f s (%,.0f/s)%n", n, families * SimilarityBench.FAMILY,
                families, fill / 1e9, n / (fill / 1e9));
        // queries: bases and variants of planted families, and a quarter random digests
        List<String> asked = new ArrayList<>();
        for (int q = 0; q < queries; q++) {
            asked.add(q % 4 == 3 ? digests.get(families * SimilarityBench.FAMILY + (q * 7919) % (n - families * SimilarityBench.FAMILY))
                    : digests.get((q * 104_729) % (families * SimilarityBench.FAMILY)));
        }
        for (int w = 0; w < 20; w++) {
            index.tlsh(asked.get(w % asked.size()), THRESHOLD);
        }
        long[] indexTimes = new long[queries];
        List<Set<Long>> found = new ArrayList<>();
        int candidates = 0;
        for (int q = 0; q < queries; q++) {
            long start = System.nanoTime();
            SimilarityIndex.Nearest near = index.tlsh(asked.get(q), THRESHOLD);
            indexTimes[q] = System.nanoTime() - start;
            candidates += near.candidates();
            Set<Long> ids = new HashSet<>();
            near.matches().forEach(m -> ids.add(m.id()));
            found.add(ids);
        }
        long[] bruteTimes = new long[Math.min(brute, queries)];
        for (int q = 0; q < bruteTimes.length; q++) {
            long start = System.nanoTime();
            List<SimilarityIndex.Near> all = index.tlshBruteForce(asked.get(q), THRESHOLD);
            bruteTimes[q] = System.nanoTime() - start;
            Set<Long> ids = new HashSet<>();
            all.forEach(m -> ids.add(m.id()));
            if (!ids.containsAll(found.get(q))) {
                err.println("the index found a digest the scan did not: " + asked.get(q));
                return 1;
            }
        }
        Recall recall = recall(digests, asked, found);
        out.printf("index query, distance <= %d (%d queries): p50 %.1f ms, p99 %.1f ms, max %.1f ms; %.0f candidates per query%n",
                THRESHOLD, queries, pct(indexTimes, 50), pct(indexTimes, 99), pct(indexTimes, 100), candidates / (double) queries);
        out.printf("brute-force scan of all %,d digests (%d queries): p50 %.1f ms, p99 %.1f ms%n", n, bruteTimes.length,
                pct(bruteTimes, 50), pct(bruteTimes, 99));
        out.printf("recall vs exact comparison with all digests (%d queries): %s%n", queries, recall);
        return 0;
    }

    /** Pairs within the threshold found by the index, over all such pairs, by distance. */
    record Recall(long[] found, long[] total) {
        private static final int[] BOUNDS = {SimilarityKeys.TLSH_GUARANTEED_DISTANCE, 30, 50, 75, 100};

        static int bin(int distance) {
            for (int i = 0; i < BOUNDS.length; i++) {
                if (distance <= BOUNDS[i]) {
                    return i;
                }
            }
            return BOUNDS.length - 1;
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder();
            long f = Arrays.stream(found).sum();
            long t = Arrays.stream(total).sum();
            s.append(String.format("all %d/%d = %.3f", f, t, t == 0 ? 1.0 : f / (double) t));
            int low = 0;
            for (int i = 0; i < BOUNDS.length; i++) {
                s.append(String.format("; %d-%d: %d/%d = %.3f", low, BOUNDS[i], found[i], total[i],
                        total[i] == 0 ? 1.0 : found[i] / (double) total[i]));
                low = BOUNDS[i] + 1;
            }
            return s.toString();
        }
    }

    private static Recall recall(List<String> digests, List<String> asked, List<Set<Long>> found) {
        long[] hit = new long[5];
        long[] total = new long[5];
        java.util.stream.IntStream.range(0, asked.size()).parallel().forEach(q -> {
            String query = asked.get(q);
            long[] h = new long[5];
            long[] t = new long[5];
            for (int i = 0; i < digests.size(); i++) {
                int d = Tlsh.distance(query, digests.get(i));
                if (d <= THRESHOLD) {
                    int b = Recall.bin(d);
                    t[b]++;
                    if (found.get(q).contains(i + 1L)) {
                        h[b]++;
                    }
                }
            }
            synchronized (hit) {
                for (int b = 0; b < 5; b++) {
                    hit[b] += h[b];
                    total[b] += t[b];
                }
            }
        });
        return new Recall(hit, total);
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int at = Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1));
        return sorted[at] / 1e6;
    }
}
