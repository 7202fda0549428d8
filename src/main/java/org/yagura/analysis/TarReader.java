package org.yagura.analysis;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Streams the entries of a POSIX (ustar, pax) or GNU tar archive: 512-byte headers checked by their
 * checksum, long names from GNU {@code L} entries and pax {@code path} records (both bounded).
 */
final class TarReader {

    private static final int BLOCK = 512;
    private static final int MAX_LONG_NAME = 64 * 1024;

    /** A regular file or other entry; {@code content} must be read or skipped before the next call. */
    record Entry(String name, long size, char type) {
    }

    private final InputStream in;
    private long remaining;
    private long padding;

    TarReader(InputStream in) {
        this.in = in;
    }

    /** The next entry, or null at the end of the archive. Fails on a header whose checksum is wrong. */
    @Nullable Entry next() throws IOException {
        skip(remaining + padding);
        remaining = 0;
        padding = 0;
        String longName = null;
        while (true) {
            byte[] header = in.readNBytes(BLOCK);
            if (header.length == 0 || isZero(header)) {
                return null;
            }
            if (header.length < BLOCK) {
                throw new EOFException("tar header truncated");
            }
            checkSum(header);
            long size = size(header);
            char type = (char) header[156];
            if (type == 'L' || type == 'x') {
                if (size > MAX_LONG_NAME) {
                    throw new IOException("tar long name of " + size + " bytes");
                }
                byte[] data = in.readNBytes((int) size);
                skip(pad(size));
                longName = type == 'L' ? cString(data, 0, data.length) : paxPath(data, longName);
                continue;
            }
            String name = longName != null ? longName : ustarName(header);
            remaining = type == '0' || type == '\0' || type == '7' ? size : type == '5' ? 0 : size;
            padding = pad(remaining);
            return new Entry(name, size, type);
        }
    }

    /** The content of the current entry; reading past it returns end of stream. */
    InputStream content() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (remaining <= 0) {
                    return -1;
                }
                int n = in.read(b, off, (int) Math.min(len, remaining));
                if (n < 0) {
                    throw new EOFException("tar entry truncated");
                }
                remaining -= n;
                return n;
            }
        };
    }

    private void skip(long n) throws IOException {
        long left = n;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("tar archive truncated");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static long pad(long size) {
        return (BLOCK - size % BLOCK) % BLOCK;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static void checkSum(byte[] header) throws IOException {
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += i >= 148 && i < 156 ? ' ' : header[i] & 0xff;
        }
        long stored = octal(header, 148, 8);
        if (stored != sum) {
            throw new IOException("tar header checksum mismatch (stored " + stored + ", computed " + sum + ")");
        }
    }

    private static long size(byte[] header) throws IOException {
        if ((header[124] & 0x80) != 0) {
            // GNU base-256 for sizes of 8 GiB and more
            long value = 0;
            for (int i = 125; i < 136; i++) {
                value = (value << 8) | (header[i] & 0xff);
            }
            if (value < 0) {
                throw new IOException("tar entry size out of range");
            }
            return value;
        }
        return octal(header, 124, 12);
    }

    private static long octal(byte[] b, int at, int length) {
        long value = 0;
        for (int i = at; i < at + length; i++) {
            int c = b[i];
            if (c >= '0' && c <= '7') {
                value = value * 8 + (c - '0');
            } else if (c == 0 || (c == ' ' && value > 0)) {
                break;
            }
        }
        return value;
    }

    private static String ustarName(byte[] header) {
        String name = cString(header, 0, 100);
        boolean ustar = header[257] == 'u' && header[258] == 's' && header[259] == 't' && header[260] == 'a' && header[261] == 'r';
        String prefix = ustar ? cString(header, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static @Nullable String paxPath(byte[] data, @Nullable String current) {
        String text = new String(data, StandardCharsets.UTF_8);
        for (String record : text.split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith("path=", space + 1)) {
                return record.substring(space + 6);
            }
        }
        return current;
    }

    private static String cString(byte[] b, int at, int max) {
        int end = at;
        while (end < at + max && end < b.length && b[end] != 0) {
            end++;
        }
        return new String(b, at, end - at, StandardCharsets.UTF_8);
    }
}
