package org.yagura.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

/**
 * Names for functions imported by ordinal from {@code ws2_32.dll}, {@code wsock32.dll} and
 * {@code oleaut32.dll}, the three DLLs pefile knows, so that imphashes match pefile's (and so
 * VirusTotal's); any other ordinal is {@code ordN}.
 */
final class PeOrdinals {

    private static final Properties NAMES = load();

    private PeOrdinals() {
    }

    static String name(String dll, long ordinal) {
        String lower = dll.toLowerCase(Locale.ROOT);
        String table = lower.equals("wsock32.dll") ? "ws2_32.dll" : lower;
        return NAMES.getProperty(table + ":" + ordinal, "ord" + ordinal);
    }

    private static Properties load() {
        Properties names = new Properties();
        try (InputStream in = PeOrdinals.class.getResourceAsStream("pe-ordinals.properties")) {
            if (in == null) {
                throw new IllegalStateException("pe-ordinals.properties is missing from the build");
            }
            names.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
