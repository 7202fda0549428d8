package org.yagura.analysis;

/** Something that consumes the bytes of a file as they are read, chunk by chunk, in order. */
public interface ByteSink {

    /** Feeds the next {@code count} bytes of the input. */
    void update(byte[] data, int offset, int count);
}
