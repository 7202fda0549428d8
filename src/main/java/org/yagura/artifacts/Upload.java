package org.yagura.artifacts;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** One file as it arrives: its name and declared type as the client sent them, and its bytes. */
public record Upload(String fileName, @Nullable String declaredType, Content content) {

    /** The files of a multipart request; parts without a name and without content are empty file inputs, not files. */
    public static List<Upload> fromParts(@Nullable List<MultipartFile> parts) {
        if (parts == null) {
            return List.of();
        }
        return parts.stream()
                .filter(f -> !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())))
                .map(f -> new Upload(f.getOriginalFilename() == null ? "" : f.getOriginalFilename(), f.getContentType(),
                        f::getInputStream))
                .toList();
    }

    /** Opens the bytes of the upload, once. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
