package org.yagura.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one audit entry that its hash covers, including the hash of the entry before it.
 * The hash is SHA-256 over a canonical encoding: a version tag, then every field in a fixed order,
 * numbers as 8-byte big-endian values and texts as a 4-byte length followed by their UTF-8 bytes
 * (length -1 for an absent client address), so that no two different entries encode alike.
 */
record ChainedEntry(long seq, Instant occurredAt, String actor, @Nullable String clientAddress, String action,
        String subjectType, String subjectId, String summary, String prevHash) {

    /** The previous hash of the first entry. */
    static final String GENESIS_HASH = "0".repeat(64);
    private static final byte[] VERSION = "yagura-audit-v1".getBytes(StandardCharsets.US_ASCII);

    /** The SHA-256 of {@link #canonicalBytes()}, as 64 lower-case hex digits. */
    String computeHash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    byte[] canonicalBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + summary.length());
        writeText(out, VERSION);
        writeLong(out, seq);
        writeLong(out, epochMicros(occurredAt));
        writeText(out, actor);
        writeText(out, clientAddress);
        writeText(out, action);
        writeText(out, subjectType);
        writeText(out, subjectId);
        writeText(out, summary);
        writeText(out, prevHash);
        return out.toByteArray();
    }

    static long epochMicros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
    }

    private static void writeLong(ByteArrayOutputStream out, long value) {
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
    }

    private static void writeText(ByteArrayOutputStream out, @Nullable String text) {
        writeText(out, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeText(ByteArrayOutputStream out, byte @Nullable [] bytes) {
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes == null ? -1 : bytes.length).array());
        if (bytes != null) {
            out.writeBytes(bytes);
        }
    }
}
