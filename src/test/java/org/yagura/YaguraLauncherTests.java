package org.yagura;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up of the executable jar: unpacked once per jar, reused, replaced when the jar changes. */
class YaguraLauncherTests {

    @TempDir
    Path dir;

    @Test
    void unpacksClassesAndLibrariesInTheJarsClassPathOrder() throws IOException {
        Path jar = executableJar("one", "b.jar", "a.jar");
        Path runtime = YaguraLauncher.unpacked(jar, dir.resolve("cache"));

        assertThat(runtime.resolve("classes/org/example/app.txt")).hasContent("one");
        assertThat(runtime.resolve("lib/a.jar")).exists();
        assertThat(runtime.resolve("lib/b.jar")).exists();
        assertThat(Files.readAllLines(runtime.resolve("classpath.idx"))).containsExactly("b.jar", "a.jar");
        try (URLClassLoader loader = new URLClassLoader(YaguraLauncher.classPath(runtime), null)) {
            assertThat(loader.getResource("org/example/app.txt")).isNotNull();
            try (InputStream in = loader.getResourceAsStream("lib/b.jar.txt")) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("from b.jar");
            }
        }
        try (var left = Files.list(dir.resolve("cache"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(runtime.getFileName().toString());
        }
    }

    @Test
    void theSameJarIsUnpackedOnceAndAChangedOneAfresh() throws IOException {
        Path jar = executableJar("one", "a.jar");
        Path first = YaguraLauncher.unpacked(jar, dir.resolve("cache"));
        Files.writeString(first.resolve("classes/marker"), "kept");

        assertThat(YaguraLauncher.unpacked(jar, dir.resolve("cache"))).isEqualTo(first);
        assertThat(first.resolve("classes/marker")).exists();

        Path changed = executableJar("two", "a.jar");
        Path second = YaguraLauncher.unpacked(changed, dir.resolve("cache"));
        assertThat(second).isNotEqualTo(first);
        assertThat(second.resolve("classes/org/example/app.txt")).hasContent("two");
        assertThat(first).as("recently used: kept for a process that may still run from it").exists();
    }

    @Test
    void unpackedJarsUnusedForADayAreRemoved() throws IOException {
        Path old = YaguraLauncher.unpacked(executableJar("one", "a.jar"), dir.resolve("cache"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(YaguraLauncher.UNUSED_CACHE_KEPT).minusSeconds(60)));

        Path current = YaguraLauncher.unpacked(executableJar("two", "a.jar"), dir.resolve("cache"));

        assertThat(current).exists();
        assertThat(old).doesNotExist();
    }

    @Test
    void anUnfinishedUnpackIsNeverUsed() throws IOException {
        Path jar = executableJar("one", "a.jar");
        Path runtime = YaguraLauncher.unpacked(jar, dir.resolve("cache"));
        Files.delete(runtime.resolve(".complete"));
        Files.delete(runtime.resolve("lib/a.jar"));

        Path again = YaguraLauncher.unpacked(jar, dir.resolve("cache"));

        assertThat(again.resolve("lib/a.jar")).exists();
        assertThat(again.resolve(".complete")).exists();
    }

    @Test
    void refusesAJarThatIsNotAnExecutableOneOrEscapesTheCache() throws IOException {
        Path plain = dir.resolve("plain.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(plain))) {
            put(zip, "org/example/Thing.class", new byte[] {1});
        }
        assertThatThrownBy(() -> YaguraLauncher.unpacked(plain, dir.resolve("cache"))).isInstanceOf(IOException.class)
                .hasMessageContaining("classpath.idx");

        Path crafted = dir.resolve("crafted.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(crafted))) {
            put(zip, "BOOT-INF/classpath.idx", "- \"BOOT-INF/lib/a.jar\"\n".getBytes(StandardCharsets.UTF_8));
            put(zip, "BOOT-INF/classes/../../../escaped.txt", new byte[] {1});
        }
        assertThatThrownBy(() -> YaguraLauncher.unpacked(crafted, dir.resolve("cache"))).isInstanceOf(IOException.class)
                .hasMessageContaining("outside");
        assertThat(dir.resolve("escaped.txt")).doesNotExist();
        try (var left = Files.list(dir.resolve("cache"))) {
            assertThat(left).as("the temporary copy is gone").isEmpty();
        }
    }

    @Test
    void findsTheDataDirectoryAsTheApplicationDoes() {
        assertThat(YaguraLauncher.dataDirectory(new String[0], Map.of(), Map.of())).isEqualTo("./data");
        assertThat(YaguraLauncher.dataDirectory(new String[0], Map.of(), Map.of("YAGURA_DATA_DIR", "/var/lib/yagura")))
                .isEqualTo("/var/lib/yagura");
        assertThat(YaguraLauncher.dataDirectory(new String[0], Map.of("yagura.data-dir", "/p"), Map.of("YAGURA_DATA_DIR", "/e")))
                .isEqualTo("/p");
        assertThat(YaguraLauncher.dataDirectory(new String[] {"--yagura.data-dir=/a"}, Map.of("yagura.data-dir", "/p"), Map.of()))
                .isEqualTo("/a");
    }

    @Test
    void theAnalyzeCommandNeedsNoDataDirectory() {
        assertThat(YaguraLauncher.unpackWanted(new String[] {"analyze", "file"})).isFalse();
        assertThat(YaguraLauncher.unpackWanted(new String[] {"audit", "verify"})).isTrue();
        assertThat(YaguraLauncher.unpackWanted(new String[0])).isTrue();
    }

    /** A jar laid out as spring-boot-maven-plugin writes it: classes, nested libraries, classpath index. */
    private Path executableJar(String content, String... libraries) throws IOException {
        Path jar = Files.createTempFile(dir, "yagura", ".jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            put(zip, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
            put(zip, "BOOT-INF/classes/org/example/app.txt", content.getBytes(StandardCharsets.UTF_8));
            StringBuilder index = new StringBuilder();
            for (String library : libraries) {
                storedEntry(zip, "BOOT-INF/lib/" + library, innerJar("lib/" + library + ".txt", "from " + library));
                index.append("- \"BOOT-INF/lib/").append(library).append("\"\n");
            }
            put(zip, "BOOT-INF/classpath.idx", index.toString().getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static byte[] innerJar(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, name, content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static void storedEntry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        OutputStream out = zip;
        out.write(content);
        zip.closeEntry();
    }
}
