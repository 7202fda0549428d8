import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load generator for the benchmarks: N clients, each with its own connection,
 * send GET requests (the URLs of a file, in turn) for a fixed time and record every latency.
 * Run as a single-file program: {@code java bench/Load.java URL_FILE CLIENTS SECONDS [HEADER]}.
 * Prints: requests, errors (non-2xx or failures), throughput, p50, p95, p99 and max in ms.
 */
public class Load {

    public static void main(String[] args) throws Exception {
        List<String> urls = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).toList();
        int clients = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        String header = args.length > 3 ? args[3] : null;
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong errors = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        List<long[][]> holders = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[][] holder = new long[1][];
            int offset = c;
            Thread t = new Thread(() -> holder[0] = run(urls, offset, end, header, errors), "client-" + c);
            threads.add(t);
            holders.add(holder);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = holders.stream().flatMapToLong(h -> Arrays.stream(h[0])).sorted().toArray();
        double ms = 1e6;
        System.out.printf("requests=%d errors=%d throughput=%.0f/s p50=%.1f p95=%.1f p99=%.1f max=%.1f%n", all.length,
                errors.get(), all.length / (double) seconds, pct(all, 50) / ms, pct(all, 95) / ms, pct(all, 99) / ms,
                all.length == 0 ? 0 : all[all.length - 1] / ms);
    }

    private static long pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
    }

    private static long[] run(List<String> urls, int offset, long end, String header, AtomicLong errors) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long[] latencies = new long[1 << 16];
        int n = 0;
        for (int i = offset; System.nanoTime() < end; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(urls.get(i % urls.size()))).GET();
            if (header != null) {
                String[] kv = header.split(":", 2);
                request.header(kv[0].strip(), kv[1].strip());
            }
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() / 100 != 2) {
                    errors.incrementAndGet();
                }
            } catch (Exception e) {
                errors.incrementAndGet();
            }
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = System.nanoTime() - start;
        }
        return Arrays.copyOf(latencies, n);
    }
}
