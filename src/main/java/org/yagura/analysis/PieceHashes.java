package org.yagura.analysis;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * ssdeep's piece hashes for all block sizes, one per byte, stepped eight at a time as the lanes of a long.
 *
 * <p>The piece hash is FNV ({@code h = h * 0x01000193 ^ c}), but only its low 6 bits reach the
 * digest, and those depend only on the low 6 bits before: {@code h * 0x13 ^ c} modulo 64. Each byte
 * lane holds one 6-bit hash; {@code h * 0x13 = h * 16 + h * 2 + h} is formed from the parts of
 * {@code h} that stay below 64 after shifting, so no lane carries into the next (at most 173).
 */
final class PieceHashes {

    static final int LANES = 8;
    static final long EVERY_LANE = 0x0101010101010101L;
    private static final long LOW_2 = 0x0303030303030303L;
    private static final long LOW_5 = 0x1f1f1f1f1f1f1f1fL;
    private static final long LOW_6 = 0x3f3f3f3f3f3f3f3fL;

    private static final VarHandle AS_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle AS_INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private PieceHashes() {
    }

    /** Eight hashes after the byte {@code c}, given as {@code c * EVERY_LANE}. */
    static long step(long hashes, long spreadByte) {
        long product = ((hashes & LOW_2) << 4) + ((hashes & LOW_5) << 1) + hashes;
        return (product ^ spreadByte) & LOW_6;
    }

    /** The eight hashes from {@code index} on, the first in the lowest byte. */
    static long lanes(byte[] hashes, int index) {
        return (long) AS_LONG.get(hashes, index);
    }

    static void setLanes(byte[] hashes, int index, long lanes) {
        AS_LONG.set(hashes, index, lanes);
    }

    /** The four hashes from {@code index} on, in the low half of a long. */
    static long quarter(byte[] hashes, int index) {
        return (int) AS_INT.get(hashes, index) & 0xffffffffL;
    }

    /** Stores the four hashes in the low half of {@code lanes} from {@code index} on. */
    static void setQuarter(byte[] hashes, int index, long lanes) {
        AS_INT.set(hashes, index, (int) lanes);
    }
}
