package org.yagura.observables;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The patterns that find candidate spans in free text; every span is then validated by {@link Canonicaliser}.
 * They run over text whose full-width letters, digits and URL punctuation were folded to ASCII one for one.
 */
final class TextPatterns {

    private static final String DOT = "(?:\\.|\\[\\.]|\\(\\.\\)|\\{\\.}|\\[dot])";
    private static final String AT = "(?:@|\\[at]|\\(at\\)|\\[@])";
    // a name touching a letter of an alphabetic script (a Cyrillic "а" in "pаypal.com") is not cut down to its ASCII
    // tail; kana and kanji may touch it, because Japanese prose puts no spaces around addresses
    private static final String ALPHABETS = "\\p{IsLatin}\\p{IsCyrillic}\\p{IsGreek}\\p{IsArmenian}\\p{IsHebrew}\\p{IsArabic}";
    // repetitions of groups are bounded (a name has at most 127 labels) because Java's regex engine recurses on them
    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";

    static final Pattern URL = Pattern.compile("(?i)(?<![a-z0-9])(?:h(?:tt|xx)ps?|f[tx]ps?)(?::|\\[:])//"
            + "[a-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+");
    static final Pattern EMAIL = Pattern.compile("(?i)(?<![a-z0-9._%+\\-" + ALPHABETS + "])[a-z0-9._%+\\-]+" + AT
            + "(?:" + LABEL + DOT + "){1,126}[a-z]{2,63}(?![a-z0-9\\-_" + ALPHABETS + "])");
    // a dotted quad touching a letter, digit, hyphen, underscore or another dot-number is part of a version string
    static final Pattern IPV4 = Pattern.compile("(?<![a-zA-Z0-9._\\-])\\d{1,3}(?:" + DOT + "\\d{1,3}){3}(/\\d{1,2})?"
            + "(?![a-zA-Z0-9_\\-]|" + DOT + "\\d)");
    // bounded to the longest written form (39 characters) so that long runs of hex and colons cannot backtrack
    static final Pattern IPV6 = Pattern.compile("(?<![a-zA-Z0-9:._\\-])(?=[0-9a-fA-F]{0,4}:[0-9a-fA-F]{0,4}:)"
            + "[0-9a-fA-F:]{2,39}(/\\d{1,3})?(?![a-zA-Z0-9:._\\-])");
    static final Pattern CVE = Pattern.compile("(?i)(?<![a-z0-9])CVE-\\d{4}-\\d{4,7}(?![0-9])");
    // the whole hex run is taken, so a 40-digit run inside a 64-digit one is never a SHA-1
    static final Pattern HEX = Pattern.compile("(?<![a-zA-Z0-9])[0-9a-fA-F]{32,}(?![a-zA-Z0-9])");
    static final Pattern DOMAIN = Pattern.compile("(?i)(?<![a-z0-9._%+\\-@\\]" + ALPHABETS + "])(?:" + LABEL + DOT
            + "){1,126}[a-z]{2,63}(?![a-z0-9\\-_@" + ALPHABETS + "]|" + DOT + "[a-z0-9])");
    static final Pattern DEFANGED = Pattern.compile("(?i)" + DOT.replace("\\.|", "") + "|\\[at]|\\(at\\)");

    /** Suffixes that are both a TLD and a common file extension: {@code report.zip} is read as a file name. */
    static final Set<String> FILE_EXTENSION_SUFFIXES = Set.of("zip", "mov", "py", "sh", "pl", "pm", "rs", "md",
            "ps", "ai", "so", "app", "run", "one", "ml", "cc", "sc");

    private static final String FOLDED = "．＠：／－＿％？＝＆＃～＋";

    private TextPatterns() {
    }

    /**
     * Full-width letters, digits and the punctuation of addresses become ASCII, one character for one, so offsets
     * still point into the original; full-width brackets, commas and the ideographic full stop stay as they are
     * because in Japanese prose they end an address rather than belong to it.
     */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ' || FOLDED.indexOf(c) >= 0) {
                chars[i] = (char) (c - 0xFEE0);
            }
        }
        return new String(chars);
    }

    /** The end of a URL once trailing punctuation and unbalanced closing brackets are dropped. */
    static int trimUrl(String text, int start, int end) {
        while (end > start) {
            char last = text.charAt(end - 1);
            String span = text.substring(start, end);
            if (".,;:!?'\"([".indexOf(last) >= 0
                    || last == ')' && count(span, '(') < count(span, ')')
                    || last == ']' && !span.endsWith("[.]") && count(span, '[') < count(span, ']')) {
                end--;
            } else {
                return end;
            }
        }
        return end;
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
