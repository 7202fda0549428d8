package org.yagura.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class LocalBlobStoreTests {

    @TempDir
    Path dataDir;
    LocalBlobStore store;

    @BeforeEach
    void open() throws IOException {
        store = new LocalBlobStore(dataDir, DataSize.ofKilobytes(64));
    }

    @Test
    void storesContentUnderItsSha256() throws Exception {
        byte[] bytes = "malware sample, or not".getBytes(StandardCharsets.UTF_8);
        BlobRef ref = store.put(new ByteArrayInputStream(bytes));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(ref).isEqualTo(new BlobRef(expected, bytes.length));
        assertThat(dataDir.resolve("blobs").resolve(expected.substring(0, 2)).resolve(expected.substring(2, 4)).resolve(expected))
                .hasBinaryContent(bytes);
        try (InputStream in = store.open(expected)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(store.exists(expected)).isTrue();
    }

    @Test
    void storesTheSameContentOnce() throws Exception {
        BlobRef first = store.put(new ByteArrayInputStream(new byte[] {1, 2, 3}));
        BlobRef second = store.put(new ByteArrayInputStream(new byte[] {1, 2, 3}));
        assertThat(second).isEqualTo(first);
        assertThat(blobFiles()).hasSize(1);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void acceptsAnEmptyFile() throws Exception {
        BlobRef empty = store.put(InputStream.nullInputStream());
        assertThat(empty).isEqualTo(new BlobRef("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", 0));
        assertThat(store.exists(empty.sha256())).isTrue();
    }

    @Test
    void refusesContentOverTheLimitAndLeavesNothingBehind() {
        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[64 * 1024 + 1])))
                .isInstanceOf(FileTooLargeException.class);
        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[11]), 10))
                .isInstanceOf(FileTooLargeException.class);
        assertThat(blobFiles()).isEmpty();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void acceptsContentExactlyAtTheLimit() throws Exception {
        assertThat(store.put(new ByteArrayInputStream(new byte[10]), 10).size()).isEqualTo(10);
    }

    @Test
    void aStreamThatFailsHalfwayLeavesNoBlobAndNoTemporaryFile() {
        InputStream broken = new InputStream() {
            private int n;

            @Override
            public int read() throws IOException {
                if (n++ > 1000) {
                    throw new IOException("connection reset by peer");
                }
                return 'x';
            }
        };
        assertThatThrownBy(() -> store.put(broken)).isInstanceOf(IOException.class).hasMessageContaining("reset");
        assertThat(blobFiles()).isEmpty();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void deletesABlobAndRefusesNamesThatAreNotHashes() throws Exception {
        BlobRef ref = store.put(new ByteArrayInputStream(new byte[] {42}));
        store.delete(ref.sha256());
        assertThat(store.exists(ref.sha256())).isFalse();
        assertThatThrownBy(() -> store.open(ref.sha256())).isInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    private java.util.List<Path> blobFiles() {
        try (Stream<Path> files = Files.walk(dataDir.resolve("blobs"))) {
            return files.filter(Files::isRegularFile).filter(p -> !p.startsWith(store.temporaryDirectory())).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private java.util.List<Path> temporaryFiles() {
        try (Stream<Path> files = Files.list(store.temporaryDirectory())) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
