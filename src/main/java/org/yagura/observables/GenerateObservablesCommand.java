package org.yagura.observables;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yagura.shared.cli.CliCommand;

/**
 * {@code java -jar yagura.jar observables generate N [MATCH_FILE]}: the benchmark's data. Stores N synthetic
 * observables through {@link ObservableService} and the same rows with a plain JDBC batch into a scratch table,
 * timing both; then times a plain SQL join of 100,000 values (10 % stored) and writes them as a match request.
 */
@Component
class GenerateObservablesCommand implements CliCommand {

    private static final int BATCH = 10_000;
    private final ObservableService observables;
    private final ObservableBench bench;
    private final TransactionTemplate tx;

    GenerateObservablesCommand(ObservableService observables, ObservableBench bench, TransactionTemplate tx) {
        this.observables = observables;
        this.bench = bench;
        this.tx = tx;
    }

    @Override
    public String name() {
        return "observables generate";
    }

    @Override
    public String usage() {
        return "observables generate N [MATCH_FILE]";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        int n;
        try {
            n = Integer.parseInt(arguments.get(0));
        } catch (RuntimeException e) {
            err.println("Usage: java -jar yagura.jar " + usage());
            return 2;
        }
        // the command runs as the system, with an administrator's rights, like a job
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"), new SimpleGrantedAuthority("ROLE_ANALYST"))));
        long start = System.nanoTime();
        for (int from = 0; from < n; from += BATCH) {
            int first = from;
            int last = Math.min(n, from + BATCH);
            tx.executeWithoutResult(s -> observables.storeAll(values(first, last)));
        }
        long service = System.nanoTime() - start;
        long plain = bench.plainInsert(n, BATCH, GenerateObservablesCommand::values);
        out.printf("insert %,d observables: service %.1f s (%,.0f/s), plain JDBC batch %.1f s (%,.0f/s)%n", n, service / 1e9,
                n / (service / 1e9), plain / 1e9, n / (plain / 1e9));
        List<ObservableValue> match = matchValues(n);
        long[] join = bench.plainJoin(match);
        out.printf("plain SQL join of %,d values: %d ms, %,d found%n", match.size(), join[0] / 1_000_000, join[1]);
        if (arguments.size() > 1) {
            try {
                Files.writeString(Path.of(arguments.get(1)), ObservableBench.matchRequest(match));
            } catch (IOException e) {
                err.println("Cannot write " + arguments.get(1) + ": " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }

    /** The i-th synthetic value: an IPv4 address, a domain or a SHA-256, in turn. */
    static ObservableValue value(int i) {
        return switch (i % 3) {
            case 0 -> new ObservableValue(ObservableType.IPV4, (1 + (i >>> 24)) + "." + ((i >>> 16) & 255) + "." + ((i >>> 8) & 255)
                    + "." + (i & 255), null, null);
            case 1 -> new ObservableValue(ObservableType.DOMAIN, "d" + i + ".bench.yagura-test.jp", null, null);
            default -> new ObservableValue(ObservableType.SHA256, String.format("%064x", (long) i * 2654435761L), null, null);
        };
    }

    static List<ObservableValue> values(int from, int to) {
        var list = new ArrayList<ObservableValue>(to - from);
        for (int i = from; i < to; i++) {
            ObservableValue v = value(i);
            list.add(new ObservableValue(v.type(), v.value(), v.value(), null));
        }
        return list;
    }

    /** 100,000 values: every 10th one stored (spread over 0..n), the others never stored. */
    static List<ObservableValue> matchValues(int n) {
        var list = new ArrayList<ObservableValue>(100_000);
        for (int i = 0; i < 100_000; i++) {
            int index = i % 10 == 0 ? (int) ((long) i * n / 100_000) % Math.max(1, n) : n + i;
            list.add(values(index, index + 1).get(0));
        }
        return list;
    }
}
