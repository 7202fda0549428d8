package org.yagura.analysis;

import org.jspecify.annotations.Nullable;

/** The signatures that pick a parser, from the first bytes of a file. */
final class Magic {

    private Magic() {
    }

    static boolean isMz(byte[] h) {
        return starts(h, 'M', 'Z');
    }

    static boolean isElf(byte[] h) {
        return starts(h, 0x7f, 'E', 'L', 'F');
    }

    static boolean isOle(byte[] h) {
        return h.length >= 512 && starts(h, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
    }

    /** {@code %PDF-} in the first kilobyte, where readers accept it. */
    static boolean isPdf(byte[] h) {
        for (int i = 0, end = Math.min(h.length, 1024) - 5; i <= end; i++) {
            if (h[i] == '%' && h[i + 1] == 'P' && h[i + 2] == 'D' && h[i + 3] == 'F' && h[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    /** {@code zip}, {@code gzip}, {@code tar} or null. */
    static @Nullable String archiveFormat(byte[] h) {
        if (starts(h, 'P', 'K', 3, 4) || starts(h, 'P', 'K', 5, 6)) {
            return "zip";
        }
        if (starts(h, 0x1f, 0x8b, 8)) {
            return "gzip";
        }
        if (h.length >= 512 && h[257] == 'u' && h[258] == 's' && h[259] == 't' && h[260] == 'a' && h[261] == 'r') {
            return "tar";
        }
        return null;
    }

    private static boolean starts(byte[] h, int... signature) {
        if (h.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((h[i] & 0xff) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
