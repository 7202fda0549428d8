package org.yagura;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What {@code java -jar yagura.jar} starts (the jar's {@code Start-Class}).
 *
 * <p>Spring Boot's launcher reads every class out of the about 150 jars nested in {@code yagura.jar};
 * on two cores that look-up costs about a third of the start-up (bench/RESULTS.md). So the first start
 * of a jar unpacks the nested jars, once, into {@code ${YAGURA_DATA_DIR}/cache/runtime/<digest>} — the
 * layout of Spring Boot's {@code -Djarmode=tools extract} — and every start runs Yagura from those plain
 * files with the JDK's own class loader. The digest covers the name, size and CRC of every entry of the
 * jar, so a new build unpacks afresh; caches unused for a day are removed. The directory can be left
 * out of backups.
 *
 * <p>Yagura starts from the nested jars as before when the cache cannot be written, for the
 * {@code analyze} command (no data directory needed), or with {@code YAGURA_UNPACK=false}.
 */
public final class YaguraLauncher {

    static final Duration UNUSED_CACHE_KEPT = Duration.ofDays(1);
    private static final String CLASSES = "BOOT-INF/classes/";
    private static final String LIB = "BOOT-INF/lib/";
    private static final String CLASSPATH_INDEX = "BOOT-INF/classpath.idx";
    private static final String COMPLETE_MARKER = ".complete";

    private YaguraLauncher() {
    }

    public static void main(String[] args) throws Throwable {
        Path jar = executableJar();
        if (jar == null || !unpackWanted(args)) {
            YaguraApplication.main(args);
            return;
        }
        Path runtime;
        try {
            if (!isExecutableJar(jar)) {
                YaguraApplication.main(args); // an unpacked layout already (java -Djarmode=tools extract)
                return;
            }
            runtime = unpacked(jar, dataDirectory(args).resolve("cache").resolve("runtime"));
        } catch (IOException | UncheckedIOException | SecurityException e) {
            System.err.println("yagura: starting from the nested jars (could not unpack " + jar + ": " + e + ")");
            YaguraApplication.main(args);
            return;
        }
        run(runtime, args);
    }

    /** The jar this JVM was started with, when it is a Spring Boot executable jar; otherwise null. */
    static Path executableJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.isEmpty() || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return null;
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        return Files.isRegularFile(jar) ? jar : null;
    }

    static boolean isExecutableJar(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry(CLASSPATH_INDEX) != null;
        }
    }

    static boolean unpackWanted(String[] args) {
        if ("false".equalsIgnoreCase(System.getenv("YAGURA_UNPACK"))
                || "false".equalsIgnoreCase(System.getProperty("yagura.unpack"))) {
            return false;
        }
        return args.length == 0 || !args[0].equals("analyze");
    }

    /** The data directory as the application will resolve it: argument, system property, environment, default. */
    static Path dataDirectory(String[] args) {
        return Path.of(dataDirectory(args, System.getProperties().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> String.valueOf(e.getKey()), e -> String.valueOf(e.getValue()))),
                System.getenv()));
    }

    static String dataDirectory(String[] args, Map<String, String> properties, Map<String, String> environment) {
        for (String arg : args) {
            if (arg.startsWith("--yagura.data-dir=")) {
                return arg.substring("--yagura.data-dir=".length());
            }
        }
        String property = properties.get("yagura.data-dir");
        if (property != null && !property.isBlank()) {
            return property;
        }
        String variable = environment.get("YAGURA_DATA_DIR");
        return variable != null && !variable.isBlank() ? variable : "./data";
    }

    /**
     * The directory holding {@code classes/} and {@code lib/} of this jar under {@code cacheRoot}, unpacked
     * now if it is not there yet. Unpacking writes to a temporary sibling that is renamed when complete,
     * so a start that is killed half-way leaves nothing a later start would use.
     */
    static Path unpacked(Path jar, Path cacheRoot) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.getEntry(CLASSPATH_INDEX) == null) {
                throw new IOException("not a Spring Boot executable jar (no " + CLASSPATH_INDEX + ")");
            }
            Path target = cacheRoot.resolve(digest(zip));
            if (Files.exists(target.resolve(COMPLETE_MARKER))) {
                touch(target);
                removeUnused(cacheRoot, target);
                return target;
            }
            Files.createDirectories(cacheRoot);
            Path temporary = cacheRoot.resolve(target.getFileName() + ".tmp-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
            try {
                unpack(zip, temporary);
                Files.writeString(temporary.resolve(COMPLETE_MARKER), jar + "\n");
                if (Files.exists(target)) {
                    deleteTree(target); // without its marker: left unfinished or damaged, never used
                }
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target);
                } catch (IOException e) {
                    if (!Files.exists(target.resolve(COMPLETE_MARKER))) {
                        throw e;
                    }
                    // another start of the same jar finished first: use its copy
                }
            } finally {
                deleteTree(temporary);
            }
            removeUnused(cacheRoot, target);
            return target;
        }
    }

    /** SHA-256 over the name, size and CRC-32 of every entry: changes with any change of the jar's contents. */
    static String digest(ZipFile zip) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<? extends ZipEntry> entries = Collections.list(zip.entries());
        for (ZipEntry entry : entries) {
            sha256.update((entry.getName() + '\0' + entry.getSize() + '\0' + entry.getCrc() + '\n').getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha256.digest(), 0, 12);
    }

    private static void unpack(ZipFile zip, Path into) throws IOException {
        Path classes = into.resolve("classes");
        Path lib = into.resolve("lib");
        Files.createDirectories(classes);
        Files.createDirectories(lib);
        for (ZipEntry entry : Collections.list(zip.entries())) {
            String name = entry.getName();
            Path destination;
            if (name.startsWith(CLASSES) && name.length() > CLASSES.length()) {
                destination = inside(classes, name.substring(CLASSES.length()));
            } else if (name.startsWith(LIB) && name.length() > LIB.length() && !entry.isDirectory()) {
                destination = inside(lib, name.substring(LIB.length()));
            } else {
                continue;
            }
            if (entry.isDirectory()) {
                Files.createDirectories(destination);
                continue;
            }
            Files.createDirectories(destination.getParent());
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, destination);
            }
        }
        List<String> order = new ArrayList<>();
        try (InputStream in = zip.getInputStream(zip.getEntry(CLASSPATH_INDEX))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.trim();
                if (trimmed.startsWith("- \"" + LIB) && trimmed.endsWith("\"")) {
                    order.add(trimmed.substring(3 + LIB.length(), trimmed.length() - 1));
                }
            }
        }
        Files.write(into.resolve("classpath.idx"), order, StandardCharsets.UTF_8);
    }

    /** {@code base/relative}, refusing names that would leave {@code base} (a crafted jar). */
    private static Path inside(Path base, String relative) throws IOException {
        Path resolved = base.resolve(relative).normalize();
        if (!resolved.startsWith(base)) {
            throw new IOException("entry outside the unpack directory: " + relative);
        }
        return resolved;
    }

    /** The class path of an unpacked jar: its classes, then its libraries in the jar's own order. */
    static URL[] classPath(Path runtime) throws IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(url(runtime.resolve("classes")));
        for (String library : Files.readAllLines(runtime.resolve("classpath.idx"), StandardCharsets.UTF_8)) {
            if (!library.isBlank()) {
                urls.add(url(inside(runtime.resolve("lib"), library)));
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static URL url(Path path) throws MalformedURLException {
        return path.toUri().toURL();
    }

    private static void run(Path runtime, String[] args) throws Throwable {
        URLClassLoader loader = new URLClassLoader("yagura", classPath(runtime), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        Method main = loader.loadClass("org.yagura.YaguraApplication").getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void touch(Path directory) {
        try {
            Files.setLastModifiedTime(directory, FileTime.from(Instant.now()));
        } catch (IOException ignored) {
            // a read-only cache still works; it is only never cleaned up
        }
    }

    /** Removes other unpacked jars (and abandoned temporary copies) not used for {@link #UNUSED_CACHE_KEPT}. */
    static void removeUnused(Path cacheRoot, Path current) {
        Instant cutoff = Instant.now().minus(UNUSED_CACHE_KEPT);
        try (Stream<Path> siblings = Files.list(cacheRoot)) {
            for (Path sibling : siblings.toList()) {
                if (!sibling.equals(current) && Files.getLastModifiedTime(sibling).toInstant().isBefore(cutoff)) {
                    deleteTree(sibling);
                }
            }
        } catch (IOException ignored) {
            // clean-up is best effort
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
