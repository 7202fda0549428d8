package org.yagura.shared.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the Japanese font PDFs embed: the first candidate that exists and is a TrueType font with
 * glyph outlines (PDFBox subsets and embeds those; OpenType/CFF and collections it cannot).
 */
final class PdfFonts {

    /** Debian's fonts-ipaexfont-gothic, its alternatives link, then IPA and Takao fonts. */
    static final List<Path> DEBIAN_CANDIDATES = List.of(
            Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
            Path.of("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"),
            Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf"),
            Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"),
            Path.of("/usr/share/fonts/truetype/takao-gothic/TakaoPGothic.ttf"));

    private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);

    private PdfFonts() {
    }

    /** The first usable font among the candidates, with a warning for each unusable one that exists. */
    static Optional<Path> firstUsable(List<Path> candidates) {
        for (Path candidate : candidates) {
            if (!Files.isRegularFile(candidate)) {
                continue;
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(candidate.toFile()))) {
                if (font.getTableMap().containsKey("glyf")) {
                    log.debug("PDF font: {} ({})", candidate, font.getName());
                    return Optional.of(candidate);
                }
                log.warn("PDF font {} has no TrueType outlines; it cannot be embedded, trying the next", candidate);
            } catch (IOException | RuntimeException e) {
                log.warn("PDF font {} cannot be read ({}); trying the next", candidate, e.getMessage());
            }
        }
        return Optional.empty();
    }
}
