package org.yagura.analysis;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Bounded reads at given offsets of a file, for the format parsers: each read names its offset and
 * length, is checked against the file's size and is small, so a hostile header can neither make a
 * parser read past the end nor allocate more than it asked for.
 */
final class FileWindow {

    private final FileChannel channel;
    private final long size;

    FileWindow(FileChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
    }

    long size() {
        return size;
    }

    boolean contains(long offset, long length) {
        return offset >= 0 && length >= 0 && offset <= size && length <= size - offset;
    }

    /** Exactly {@code length} bytes at {@code offset}, little-endian; fails if they are not all in the file. */
    ByteBuffer read(long offset, int length) throws IOException {
        if (!contains(offset, length)) {
            throw new EOFException(length + " bytes at offset " + offset + " are beyond the end of the file (" + size + ")");
        }
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new EOFException("file shrank while reading");
            }
        }
        return buffer.flip();
    }

    /** Up to {@code length} bytes at {@code offset}, fewer at the end of the file. */
    ByteBuffer readUpTo(long offset, int length) throws IOException {
        if (offset < 0 || offset >= size) {
            return ByteBuffer.allocate(0).order(ByteOrder.LITTLE_ENDIAN);
        }
        return read(offset, (int) Math.min(length, size - offset));
    }

    int u16(long offset) throws IOException {
        return read(offset, 2).getShort() & 0xffff;
    }

    long u32(long offset) throws IOException {
        return read(offset, 4).getInt() & 0xffffffffL;
    }

    long u64(long offset) throws IOException {
        return read(offset, 8).getLong();
    }

    /** A NUL-terminated ASCII string of at most {@code max} bytes; non-printable bytes become '?'. */
    String cString(long offset, int max) throws IOException {
        ByteBuffer bytes = readUpTo(offset, max);
        if (!bytes.hasRemaining()) {
            throw new EOFException("string at offset " + offset + " is beyond the end of the file");
        }
        byte[] out = new byte[bytes.remaining()];
        int n = 0;
        while (bytes.hasRemaining()) {
            byte b = bytes.get();
            if (b == 0) {
                break;
            }
            out[n++] = b >= 0x20 && b < 0x7f ? b : (byte) '?';
        }
        return new String(out, 0, n, StandardCharsets.US_ASCII);
    }
}
