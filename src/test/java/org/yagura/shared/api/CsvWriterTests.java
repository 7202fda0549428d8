package org.yagura.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTests {

    @Test
    void writesQuotedUtf8WithAByteOrderMark() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(List.of("key", "summary"));
            csv.row(Arrays.asList("RPT-2026-00001", "不審な\"メール\", 2通\n"));
            csv.row(Arrays.asList(null, 42));
        }
        byte[] bytes = out.toByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\"key\",\"summary\"\r\n\"RPT-2026-00001\",\"不審な\"\"メール\"\", 2通\n\"\r\n\"\",\"42\"\r\n");
    }

    @Test
    void neutralisesSpreadsheetFormulas() {
        assertThat(CsvWriter.field("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(CsvWriter.field("+1")).isEqualTo("\"'+1\"");
        assertThat(CsvWriter.field("-cmd")).isEqualTo("\"'-cmd\"");
        assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvWriter.field("plain")).isEqualTo("\"plain\"");
    }
}
