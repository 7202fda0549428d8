package org.yagura.analysis;

/**
 * A printable string found in a file: its byte offset, its encoding ({@code ascii} or
 * {@code utf-16le}), its length in characters and its value, cut at the extractor's maximum length
 * (then {@code length} is larger than {@code value.length()}).
 */
public record FoundString(long offset, String encoding, int length, String value) {

    public static final String ASCII = "ascii";
    public static final String UTF_16LE = "utf-16le";
}
