package org.yagura.shared.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes RFC 4180 CSV in UTF-8 with a byte-order mark (so that Excel opens Japanese text correctly),
 * quoting every field and neutralising spreadsheet formulas: a field starting with {@code = + - @}
 * or a tab gets a leading apostrophe, so exported reporter text can never run as a formula.
 */
public final class CsvWriter implements AutoCloseable {

    private final Writer out;

    public CsvWriter(OutputStream stream) throws IOException {
        stream.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }

    public void row(List<? extends @Nullable Object> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(@Nullable Object value) {
        String s = value == null ? "" : value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
