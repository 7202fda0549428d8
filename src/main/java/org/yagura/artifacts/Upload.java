package org.yagura.artifacts;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/** One file as it arrives: its name and declared type as the client sent them, and its bytes. */
public record Upload(String fileName, @Nullable String declaredType, Content content) {

    /** Opens the bytes of the upload, once. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
