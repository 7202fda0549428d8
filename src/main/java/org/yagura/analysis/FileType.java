package org.yagura.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.jspecify.annotations.Nullable;

/**
 * The type of a file by its content (Tika's magic numbers), and whether its name's extension says
 * something else — a classic sign of a disguised executable.
 */
public record FileType(String mimeType, boolean extensionMismatch) {

    private static final MimeTypes TYPES = TikaConfig.getDefaultConfig().getMimeRepository();

    /** Detects the type from the first bytes of the content only, then compares the name's extension. */
    public static FileType of(byte[] head, int length, @Nullable String name) {
        String byContent = detect(head, length, null);
        String byName = name == null ? null : detect(new byte[0], 0, name);
        boolean mismatch = byName != null && !byName.equals("application/octet-stream")
                && !byContent.equals("application/octet-stream") && !related(byContent, byName);
        return new FileType(byContent, mismatch);
    }

    private static String detect(byte[] head, int length, @Nullable String name) {
        Metadata metadata = new Metadata();
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        try (ByteArrayInputStream in = new ByteArrayInputStream(head, 0, length)) {
            return TYPES.detect(name == null ? in : null, metadata).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Same type, or one is a specialisation of the other (text/x-java is text/plain, docx is zip). */
    private static boolean related(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        var registry = TYPES.getMediaTypeRegistry();
        var ma = org.apache.tika.mime.MediaType.parse(a);
        var mb = org.apache.tika.mime.MediaType.parse(b);
        return registry.isSpecializationOf(ma, mb) || registry.isSpecializationOf(mb, ma)
                || (a.startsWith("text/") && b.startsWith("text/"));
    }

    /** The usual extension of a type, e.g. {@code .exe}, or empty. */
    public static String extensionOf(String mimeType) {
        try {
            MimeType type = TYPES.forName(mimeType);
            return type.getExtension().toLowerCase(Locale.ROOT);
        } catch (MimeTypeException e) {
            return "";
        }
    }
}
