package org.yagura.artifacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import net.lingala.zip4j.io.outputstream.ZipOutputStream;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.CompressionMethod;
import net.lingala.zip4j.model.enums.EncryptionMethod;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Wraps a file into a password-protected ZIP as it streams out, so that a malicious sample never
 * lands on an analyst's disk in a form that a virus scanner deletes or a double-click runs. AES-256 by
 * default; {@code ZIP_CRYPTO} for tools that cannot open AES archives.
 */
@Component
class ProtectedZip {

    private static final int BUFFER = 64 * 1024;
    private final String password;
    private final EncryptionMethod method;

    ProtectedZip(@Value("${yagura.artifacts.zip-password:infected}") String password,
            @Value("${yagura.artifacts.zip-encryption:AES}") String method) {
        this.password = password;
        this.method = "ZIP_CRYPTO".equalsIgnoreCase(method) ? EncryptionMethod.ZIP_STANDARD : EncryptionMethod.AES;
    }

    String password() {
        return password;
    }

    /** Writes one entry named {@code fileName} with the bytes of {@code in}; leaves {@code out} open. */
    void write(String fileName, InputStream in, OutputStream out) throws IOException {
        ZipParameters parameters = new ZipParameters();
        parameters.setFileNameInZip(fileName);
        parameters.setCompressionMethod(CompressionMethod.DEFLATE);
        parameters.setEncryptFiles(true);
        parameters.setEncryptionMethod(method);
        if (method == EncryptionMethod.AES) {
            parameters.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
        }
        ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out), password.toCharArray());
        zip.putNextEntry(parameters);
        byte[] buffer = new byte[BUFFER];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            zip.write(buffer, 0, n);
        }
        zip.closeEntry();
        zip.close();
    }

    /** The response stream belongs to the servlet container; closing the ZIP only flushes it. */
    private static final class KeepOpen extends java.io.FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
