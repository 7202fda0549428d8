package org.yagura.analysis;

import java.util.Map;
import java.util.TreeMap;

/**
 * Looks for the PDF names that mark active content while the file streams past: {@code /JavaScript},
 * {@code /JS}, {@code /OpenAction}, {@code /AA}, {@code /Launch}, {@code /EmbeddedFile(s)} and a few
 * more, with {@code #xx} escapes decoded (so {@code /J#61vaScript} counts). A lightweight scan: names
 * inside compressed object streams are not seen by it, only their {@code /ObjStm} marker.
 */
final class PdfScanner implements ByteSink {

    private static final int MAX_NAME = 64;
    private static final Map<String, String> WATCHED = Map.ofEntries(Map.entry("JavaScript", "/JavaScript"),
            Map.entry("JS", "/JS"), Map.entry("OpenAction", "/OpenAction"), Map.entry("AA", "/AA"),
            Map.entry("Launch", "/Launch"), Map.entry("EmbeddedFile", "/EmbeddedFile"),
            Map.entry("EmbeddedFiles", "/EmbeddedFiles"), Map.entry("RichMedia", "/RichMedia"),
            Map.entry("XFA", "/XFA"), Map.entry("AcroForm", "/AcroForm"), Map.entry("URI", "/URI"),
            Map.entry("SubmitForm", "/SubmitForm"), Map.entry("GoToR", "/GoToR"), Map.entry("ObjStm", "/ObjStm"),
            Map.entry("Encrypt", "/Encrypt"));

    private final Map<String, Integer> counts = new TreeMap<>();
    private final StringBuilder name = new StringBuilder();
    private boolean inName;
    private int hexLeft;
    private int hexValue;

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
                if (digit < 0) {
                    endName();
                    if (c == '/') {
                        startName();
                    }
                    continue;
                } else {
                    hexValue = hexValue * 16 + digit;
                    if (--hexLeft == 0) {
                        append(hexValue);
                    }
                    continue;
                }
            }
            if (c == '#') {
                hexLeft = 2;
                hexValue = 0;
            } else if (c <= ' ' || c >= 0x7f || "/[]<>(){}%".indexOf(c) >= 0) {
                endName();
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

    private void endName() {
        inName = false;
        hexLeft = 0;
        String watched = WATCHED.get(name.toString());
        if (watched != null) {
            counts.merge(watched, 1, Integer::sum);
        }
    }

    /** The findings so far; call after the last chunk. */
    DocumentInfo document() {
        if (inName) {
            endName();
        }
        boolean javaScript = counts.containsKey("/JavaScript") || counts.containsKey("/JS");
        boolean auto = counts.containsKey("/OpenAction") || counts.containsKey("/AA");
        boolean embedded = counts.containsKey("/EmbeddedFile") || counts.containsKey("/EmbeddedFiles");
        return new DocumentInfo("pdf", javaScript, auto, counts.containsKey("/Launch"), embedded, false,
                java.util.List.of(), counts.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue()).toList());
    }
}
