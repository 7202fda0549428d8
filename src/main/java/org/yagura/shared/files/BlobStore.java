package org.yagura.shared.files;

import java.io.IOException;
import java.io.InputStream;

/**
 * Content-addressed file storage: a file is stored once under its SHA-256, whoever uploads it how
 * often. Callers keep the references (artifacts, evidence, mail attachments) and delete a blob only
 * when none of theirs points to it. Local disk today; an object store can implement the same contract.
 */
public interface BlobStore {

    /**
     * Streams {@code content} into the store, hashing it on the way, and returns its address. Nothing is
     * left behind when the content is larger than {@code maxBytes} ({@link FileTooLargeException}) or
     * the stream fails.
     */
    BlobRef put(InputStream content, long maxBytes) throws IOException;

    /** Like {@link #put(InputStream, long)} with the configured limit ({@code yagura.files.max-size}). */
    BlobRef put(InputStream content) throws IOException;

    /** The stored bytes of a blob; the caller closes the stream. */
    InputStream open(String sha256) throws IOException;

    boolean exists(String sha256);

    /** Removes a blob; callers do so only when no record of theirs refers to it any more. */
    void delete(String sha256) throws IOException;

    /**
     * The blob as a file on this node's disk, for tools that read files by path (the {@code yara}
     * command); empty when the store keeps its blobs elsewhere or has no such blob.
     */
    default java.util.Optional<java.nio.file.Path> localPath(String sha256) {
        return java.util.Optional.empty();
    }

    /** The configured largest file, in bytes. */
    long maxSize();
}
