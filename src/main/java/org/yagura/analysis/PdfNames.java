package org.yagura.analysis;

import java.util.Map;

/** Tokenises PDF names ({@code /Name}, {@code #xx} escapes decoded) and counts the watched ones. */
final class PdfNames implements ByteSink {

    private static final int MAX_NAME = 64;
    private static final Map<String, String> WATCHED = Map.ofEntries(Map.entry("JavaScript", "/JavaScript"),
            Map.entry("JS", "/JS"), Map.entry("OpenAction", "/OpenAction"), Map.entry("AA", "/AA"),
            Map.entry("Launch", "/Launch"), Map.entry("EmbeddedFile", "/EmbeddedFile"),
            Map.entry("EmbeddedFiles", "/EmbeddedFiles"), Map.entry("RichMedia", "/RichMedia"),
            Map.entry("XFA", "/XFA"), Map.entry("AcroForm", "/AcroForm"), Map.entry("URI", "/URI"),
            Map.entry("SubmitForm", "/SubmitForm"), Map.entry("GoToR", "/GoToR"), Map.entry("ObjStm", "/ObjStm"),
            Map.entry("Encrypt", "/Encrypt"));

    private final Map<String, Integer> counts;
    private final StringBuilder name = new StringBuilder();
    private boolean inName;
    private int hexLeft;
    private int hexValue;

    PdfNames(Map<String, Integer> counts) {
        this.counts = counts;
    }

    @Override
    public void update(byte[] data, int offset, int count) {
        for (int i = offset, stop = offset + count; i < stop; i++) {
            int c = data[i] & 0xff;
            if (!inName) {
                if (c == '/') {
                    startName();
                }
                continue;
            }
            if (hexLeft > 0) {
                int digit = Character.digit(c, 16);
                if (digit >= 0) {
                    hexValue = hexValue * 16 + digit;
                    if (--hexLeft == 0) {
                        append(hexValue);
                    }
                    continue;
                }
                end();
                if (c == '/') {
                    startName();
                }
                continue;
            }
            if (c == '#') {
                hexLeft = 2;
                hexValue = 0;
            } else if (c <= ' ' || c >= 0x7f || "/[]<>(){}%".indexOf(c) >= 0) {
                end();
                if (c == '/') {
                    startName();
                }
            } else {
                append(c);
            }
        }
    }

    private void startName() {
        inName = true;
        hexLeft = 0;
        name.setLength(0);
    }

    private void append(int c) {
        if (name.length() <= MAX_NAME) {
            name.append((char) c);
        }
    }

    /** Ends the name in progress, if any. */
    void end() {
        if (!inName) {
            return;
        }
        inName = false;
        hexLeft = 0;
        String watched = WATCHED.get(name.toString());
        if (watched != null) {
            counts.merge(watched, 1, Integer::sum);
        }
    }
}
