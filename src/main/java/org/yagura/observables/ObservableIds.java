package org.yagura.observables;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The id of an observable is a SHA-256 of its type, other-type name and canonical value, cut to a UUID
 * (version 8, "custom"). The same value therefore has the same id on every node and in every batch,
 * so storing is an insert that ignores conflicts, and looking a value up is a primary-key lookup.
 */
final class ObservableIds {

    private ObservableIds() {
    }

    static UUID of(ObservableValue value) {
        return of(value.type(), value.otherType(), value.value());
    }

    static UUID of(ObservableType type, @org.jspecify.annotations.Nullable String otherType, String value) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha.update(type.name().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update((otherType == null ? "" : otherType).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        byte[] h = sha.digest(value.getBytes(StandardCharsets.UTF_8));
        h[6] = (byte) ((h[6] & 0x0f) | 0x80);
        h[8] = (byte) ((h[8] & 0x3f) | 0x80);
        ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }
}
