package org.yagura.shared.files;

/** The address of a stored blob: its SHA-256 (lower-case hex) and its size in bytes. */
public record BlobRef(String sha256, long size) {

    public BlobRef {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
    }
}
