package org.yagura.shared.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a well-formed XHTML document into PDF, with a Japanese font embedded (subset) so that
 * Japanese and English text print correctly everywhere. Documents name the font family
 * {@value #FONT_FAMILY} in their CSS (see {@link PdfDocument}). Nothing outside the document is
 * fetched: links to style sheets, images or fonts are refused, except {@code data:} URIs.
 * When no usable font is installed it warns once and renders with the PDF standard fonts,
 * which cannot show Japanese.
 */
@Component
public class PdfRenderer {

    /** The CSS font family under which the Japanese font is registered. */
    public static final String FONT_FAMILY = "Yagura Gothic";
    private static final Logger log = LoggerFactory.getLogger(PdfRenderer.class);

    private final @Nullable Path font;

    PdfRenderer(@Value("${yagura.pdf.fonts:}") List<String> configuredFonts) {
        List<Path> candidates = new ArrayList<>();
        configuredFonts.stream().filter(s -> !s.isBlank()).map(String::strip).map(Path::of).forEach(candidates::add);
        candidates.addAll(PdfFonts.DEBIAN_CANDIDATES);
        this.font = PdfFonts.firstUsable(candidates).orElse(null);
        if (font == null) {
            log.warn("No Japanese font for PDF documents among {}; Japanese text will be missing from PDFs. "
                    + "Install fonts-ipaexfont-gothic or set yagura.pdf.fonts", candidates);
        }
    }

    /** The font file embedded in documents, if one was found. */
    public Optional<Path> font() {
        return Optional.ofNullable(font);
    }

    /** Renders an XHTML document to PDF bytes. */
    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        layOut(xhtml, out);
        try {
            return font == null ? out.toByteArray() : ToUnicodeRepair.repair(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish PDF", e);
        }
    }

    /** Renders an XHTML document as PDF onto a stream, which stays open. */
    public void render(String xhtml, OutputStream out) {
        try {
            out.write(render(xhtml));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write PDF", e);
        }
    }

    private void layOut(String xhtml, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer("Yagura");
        builder.useExternalResourceAccessControl(PdfRenderer::allowed, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(PdfRenderer::allowed, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        if (font != null) {
            // the Japanese Gothic fonts have one weight; registering it for bold keeps headings in the same font
            builder.useFont(font.toFile(), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(font.toFile(), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        }
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render PDF", e);
        }
    }

    private static boolean allowed(@Nullable String uri, Object type) {
        return uri != null && uri.startsWith("data:");
    }
}
