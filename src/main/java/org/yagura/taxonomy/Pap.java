package org.yagura.taxonomy;

import java.util.Locale;

/**
 * The Permissible Actions Protocol: what a recipient may do with information, most permissive
 * first (MISP taxonomy {@code PAP}; {@code WHITE} is read as {@code CLEAR}). Labels are message
 * keys {@code pap.<NAME>} and {@code pap.<NAME>.description}.
 */
public enum Pap {
    CLEAR("#FFFFFF"), GREEN("#33FF00"), AMBER("#FFC000"), RED("#FF2B2B");

    private final String colour;

    Pap(String colour) {
        this.colour = colour;
    }

    /** The label as written, e.g. {@code PAP:AMBER}. */
    public String label() {
        return "PAP:" + name();
    }

    public String colour() {
        return colour;
    }

    public String labelKey() {
        return "pap." + name();
    }

    public String descriptionKey() {
        return labelKey() + ".description";
    }

    /** Parses {@code PAP:GREEN}, {@code green} or the legacy {@code WHITE}. */
    public static Pap parse(String text) {
        String s = text.trim().toUpperCase(Locale.ROOT);
        if (s.startsWith("PAP:")) {
            s = s.substring(4);
        }
        return "WHITE".equals(s) ? CLEAR : valueOf(s);
    }
}
