package org.yagura.analysis;

import java.util.HexFormat;

/** A parsed TLSH digest and the distance between two. */
final class TlshDigest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final int HEX_LENGTH = 70;

    private final int checksum;
    private final int lengthCode;
    private final int q1Ratio;
    private final int q2Ratio;
    private final int[] code;

    TlshDigest(int checksum, int lengthCode, int q1Ratio, int q2Ratio, int[] code) {
        this.checksum = checksum;
        this.lengthCode = lengthCode;
        this.q1Ratio = q1Ratio;
        this.q2Ratio = q2Ratio;
        this.code = code.clone();
    }

    static TlshDigest parse(String digest) {
        String hex = digest.length() == HEX_LENGTH + 2 && digest.regionMatches(true, 0, "T1", 0, 2)
                ? digest.substring(2) : digest;
        if (hex.length() != HEX_LENGTH) {
            throw new IllegalArgumentException("not a TLSH digest: " + digest);
        }
        byte[] raw;
        try {
            raw = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a TLSH digest: " + digest, e);
        }
        int[] code = new int[32];
        for (int i = 0; i < code.length; i++) {
            code[i] = raw[raw.length - 1 - i] & 0xff;
        }
        int q = raw[2] & 0xff;
        return new TlshDigest(swap(raw[0] & 0xff), swap(raw[1] & 0xff), q >> 4, q & 0xf, code);
    }

    /** The two-bit quartile code of one of the 128 buckets of the body. */
    int bucket(int index) {
        return (code[index >> 2] >> (2 * (index & 3))) & 3;
    }

    int distance(TlshDigest other, boolean includeLength) {
        int diff = 0;
        if (includeLength) {
            int d = circularDifference(lengthCode, other.lengthCode, 256);
            diff += d <= 1 ? d : d * 12;
        }
        for (int d : new int[] {circularDifference(q1Ratio, other.q1Ratio, 16),
                circularDifference(q2Ratio, other.q2Ratio, 16)}) {
            diff += d <= 1 ? d : (d - 1) * 12;
        }
        if (checksum != other.checksum) {
            diff++;
        }
        for (int i = 0; i < code.length; i++) {
            int x = code[i];
            int y = other.code[i];
            for (int pair = 0; pair < 4; pair++) {
                int d = Math.abs(((x >> (2 * pair)) & 3) - ((y >> (2 * pair)) & 3));
                diff += d == 3 ? 6 : d;
            }
        }
        return diff;
    }

    private static int circularDifference(int x, int y, int range) {
        int d = Math.abs(x - y);
        return Math.min(d, range - d);
    }

    private static int swap(int b) {
        return ((b & 0xf) << 4) | (b >> 4);
    }

    @Override
    public String toString() {
        byte[] raw = new byte[3 + code.length];
        raw[0] = (byte) swap(checksum);
        raw[1] = (byte) swap(lengthCode);
        raw[2] = (byte) ((q1Ratio << 4) | q2Ratio);
        for (int i = 0; i < code.length; i++) {
            raw[raw.length - 1 - i] = (byte) code[i];
        }
        return "T1" + HEX.formatHex(raw);
    }
}
