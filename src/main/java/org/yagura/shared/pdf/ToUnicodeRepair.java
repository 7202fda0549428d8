package org.yagura.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Japanese fonts map a Kangxi radical (U+2F08 ⼈) and the ideograph it looks like (U+4E BA 人) to
 * the same glyph; PDFBox writes the lowest code point into the ToUnicode map, so copying or
 * searching the PDF would find radicals instead of the text. This rewrites such entries to the
 * character's compatibility (NFKC) form, the ideograph, which is what documents contain.
 */
final class ToUnicodeRepair {

    private static final Pattern BLOCKS = Pattern.compile("\\d+ beginbfrange\\s.*endbfrange", Pattern.DOTALL);
    private static final Pattern ENTRY = Pattern.compile("<([0-9A-Fa-f]{4})>\\s*<([0-9A-Fa-f]{4})>\\s*<([0-9A-Fa-f]+)>");
    private static final int RADICALS_FROM = 0x2E80;
    private static final int RADICALS_TO = 0x2FDF;
    private static final int PER_BLOCK = 100;

    private ToUnicodeRepair() {
    }

    /** The PDF with radicals in its fonts' ToUnicode maps replaced; the same bytes when there are none. */
    static byte[] repair(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            boolean changed = false;
            Set<COSBase> seen = new HashSet<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (font != null && seen.add(font.getCOSObject())
                            && font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream stream) {
                        changed |= repair(stream);
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static boolean repair(COSStream stream) throws IOException {
        String cmap;
        try (var in = stream.createInputStream()) {
            cmap = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        Matcher blocks = BLOCKS.matcher(cmap);
        if (!blocks.find()) {
            return false;
        }
        List<String> entries = new ArrayList<>();
        boolean changed = false;
        Matcher entry = ENTRY.matcher(blocks.group());
        while (entry.find()) {
            int from = Integer.parseInt(entry.group(1), 16);
            int to = Integer.parseInt(entry.group(2), 16);
            String dst = entry.group(3);
            int first = dst.length() == 4 ? Integer.parseInt(dst, 16) : -1;
            if (first >= 0 && first <= RADICALS_TO && first + (to - from) >= RADICALS_FROM) {
                changed = true;
                for (int code = from; code <= to; code++) {
                    entries.add(line(code, code, ideograph(first + code - from)));
                }
            } else {
                entries.add(entry.group());
            }
        }
        if (!changed) {
            return false;
        }
        StringBuilder rewritten = new StringBuilder();
        for (int i = 0; i < entries.size(); i += PER_BLOCK) {
            List<String> block = entries.subList(i, Math.min(entries.size(), i + PER_BLOCK));
            rewritten.append(block.size()).append(" beginbfrange\n").append(String.join("\n", block)).append("\nendbfrange\n");
        }
        String result = cmap.substring(0, blocks.start()) + rewritten.toString().strip() + cmap.substring(blocks.end());
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(result.getBytes(StandardCharsets.US_ASCII));
        }
        return true;
    }

    private static int ideograph(int codePoint) {
        if (codePoint < RADICALS_FROM || codePoint > RADICALS_TO) {
            return codePoint;
        }
        String normal = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
        return normal.codePointCount(0, normal.length()) == 1 && normal.codePointAt(0) <= 0xFFFF ? normal.codePointAt(0) : codePoint;
    }

    private static String line(int from, int to, int dst) {
        return String.format(Locale.ROOT, "<%04X> <%04X> <%04X>", from, to, dst);
    }
}
