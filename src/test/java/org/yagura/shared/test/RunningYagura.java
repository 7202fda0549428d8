package org.yagura.shared.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the packaged {@code target/yagura.jar} as a separate process, the way an operator would, on a
 * free port and an empty data directory (a fresh PostgreSQL schema when the tests run on PostgreSQL),
 * and stops it after the test class. Register it as a static field:
 * {@code @RegisterExtension static RunningYagura yagura = new RunningYagura();}
 *
 * <p>The server's output goes to {@code target/yagura-logs/<TestClass>.log}; the bootstrap admin's
 * one-time password is read from there.
 */
public class RunningYagura implements BeforeAllCallback, AfterAllCallback {

    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("One-time password: (\\S+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final List<String> INHERITED_SETTINGS_TO_DROP = List.of("YAGURA_ADMIN_PASSWORD",
            "YAGURA_BOOTSTRAP_TOKEN", "YAGURA_DB_URL", "YAGURA_DB_USER", "YAGURA_DB_PASSWORD", "YAGURA_DATA_DIR",
            "SERVER_PORT", "SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> extraEnvironment;
    private Process process;
    private int port;
    private Path dataDir;
    private Path logFile;
    private String schema;

    public RunningYagura() {
        this(Map.of());
    }

    /** With additional environment variables for the server (e.g. {@code YAGURA_TEAM_NAME}). */
    public RunningYagura(Map<String, String> extraEnvironment) {
        this.extraEnvironment = Map.copyOf(extraEnvironment);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path jar = jar();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " does not exist: browser tests run against the "
                    + "packaged jar; run them with 'mvn verify' (or 'mvn package' first)");
        }
        port = freePort();
        dataDir = Files.createTempDirectory("yagura-it-");
        logFile = Path.of("target", "yagura-logs", context.getRequiredTestClass().getSimpleName() + ".log");
        Files.createDirectories(logFile.getParent());

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // a test server lives for a minute or two: the quick compiler alone starts it sooner and leaves the
        // second core to the browser, and one GC thread is enough for it
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        Map<String, String> env = builder.environment();
        INHERITED_SETTINGS_TO_DROP.forEach(env::remove);
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("YAGURA_DATA_DIR", dataDir.toString());
        if (TestDatabase.isPostgres()) {
            schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            env.put("YAGURA_DB_URL", TestDatabase.newPostgresSchema(schema));
            env.put("YAGURA_DB_USER", TestDatabase.PG_USER);
            env.put("YAGURA_DB_PASSWORD", "");
        }
        env.putAll(extraEnvironment);
        process = builder.start();
        awaitHealthy();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (process != null) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } finally {
            if (schema != null) {
                TestDatabase.dropPostgresSchema(schema);
            }
            deleteRecursively(dataDir);
        }
    }

    public int port() {
        return port;
    }

    /** {@code http://localhost:<port>}, without a trailing slash. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The absolute URL of {@code path} (which starts with a slash). */
    public String url(String path) {
        return baseUrl() + path;
    }

    public Path logFile() {
        return logFile;
    }

    /**
     * The bootstrap admin's one-time password, from the single {@code One-time password: ...} line the
     * server logs when it starts on an empty database. Waits a few seconds, since the line may follow
     * the first healthy answer.
     */
    public String oneTimePassword() {
        Instant deadline = Instant.now().plusSeconds(10);
        while (true) {
            List<String> found = new ArrayList<>();
            Matcher matcher = ONE_TIME_PASSWORD.matcher(log());
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
            if (found.size() > 1) {
                throw new IllegalStateException("The server logged " + found.size()
                        + " one-time passwords, expected exactly one; see " + logFile.toAbsolutePath());
            }
            if (found.size() == 1) {
                return found.get(0);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The server logged no 'One-time password: ...' line; see "
                        + logFile.toAbsolutePath() + "\n" + logTail());
            }
            sleep(200);
        }
    }

    /** The whole server output so far. */
    public String log() {
        try {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpRequest health = HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Yagura exited with code " + process.exitValue()
                        + " before it was healthy; see " + logFile.toAbsolutePath() + "\n" + logTail());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens late in start-up
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Yagura did not answer 200 on /actuator/health within "
                + START_TIMEOUT.toSeconds() + " s; see " + logFile.toAbsolutePath() + "\n" + logTail());
    }

    private String logTail() {
        String[] lines = log().split("\n");
        int from = Math.max(0, lines.length - 40);
        return String.join("\n", Arrays.copyOfRange(lines, from, lines.length));
    }

    private static Path jar() {
        return Path.of(System.getProperty("yagura.jar", "target/yagura.jar"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
