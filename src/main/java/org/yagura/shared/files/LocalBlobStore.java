package org.yagura.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Blobs on the local disk under {@code <data-dir>/blobs/aa/bb/<sha256>}. Content is written to a
 * temporary file in {@code blobs/tmp} while it is hashed, then moved into place atomically: a reader
 * never sees a half-written blob, and a second copy of the same content just replaces nothing.
 */
@Component
class LocalBlobStore implements BlobStore {

    private static final int BUFFER = 64 * 1024;
    private final Path root;
    private final Path tmp;
    private final long maxSize;

    LocalBlobStore(@Value("${yagura.data-dir:./data}") Path dataDir,
            @Value("${yagura.files.max-size:2GB}") DataSize maxSize) throws IOException {
        this.root = dataDir.resolve("blobs");
        this.tmp = root.resolve("tmp");
        this.maxSize = maxSize.toBytes();
        Files.createDirectories(tmp);
    }

    @Override
    public BlobRef put(InputStream content) throws IOException {
        return put(content, maxSize);
    }

    @Override
    public BlobRef put(InputStream content, long maxBytes) throws IOException {
        Path temp = Files.createTempFile(tmp, "upload-", ".part");
        try {
            MessageDigest sha256 = sha256();
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha256)) {
                byte[] buffer = new byte[BUFFER];
                int n;
                while ((n = content.read(buffer)) >= 0) {
                    size += n;
                    if (size > maxBytes) {
                        throw new FileTooLargeException(maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            BlobRef ref = new BlobRef(HexFormat.of().formatHex(sha256.digest()), size);
            Path target = path(ref.sha256());
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                moveIntoPlace(temp, target);
            }
            return ref;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameContentStoredMeanwhile) {
            // identical bytes by definition: keep the copy that is there
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("blob directory " + target.getParent() + " is not on the same file system as " + temp, e);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        try {
            return Files.newInputStream(path(sha256));
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException("blob " + sha256 + " is not in the store");
        }
    }

    @Override
    public boolean exists(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    @Override
    public long maxSize() {
        return maxSize;
    }

    @Override
    public java.util.Optional<Path> localPath(String sha256) {
        Path p = path(sha256);
        return Files.isRegularFile(p) ? java.util.Optional.of(p) : java.util.Optional.empty();
    }

    /** {@code blobs/aa/bb/<sha256>}; anything but a SHA-256 is refused, so no name can leave the store. */
    Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    Path temporaryDirectory() {
        return tmp;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
