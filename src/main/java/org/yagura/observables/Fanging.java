package org.yagura.observables;

import java.util.regex.Pattern;

/** Undoes the usual defanging conventions and applies them again for display. */
final class Fanging {

    private static final Pattern SCHEME = Pattern.compile("(?i)^(hxxp|hxxps|fxp|fxps)(?=(\\[:]|:)//)");
    private static final Pattern DOT = Pattern.compile("(?i)\\[\\.]|\\(\\.\\)|\\{\\.}|\\[dot]|\\(dot\\)");
    private static final Pattern AT = Pattern.compile("(?i)\\[at]|\\(at\\)|\\[@]");
    private static final Pattern COLON = Pattern.compile("\\[:]");

    private Fanging() {
    }

    static String refang(String text) {
        var m = SCHEME.matcher(text);
        String s = m.find() ? schemeOf(m.group(1)) + text.substring(m.end()) : text;
        s = DOT.matcher(s).replaceAll(".");
        s = AT.matcher(s).replaceAll("@");
        return COLON.matcher(s).replaceAll(":");
    }

    private static String schemeOf(String defanged) {
        return switch (defanged.toLowerCase(java.util.Locale.ROOT)) {
            case "hxxp" -> "http";
            case "hxxps" -> "https";
            case "fxp" -> "ftp";
            default -> "ftps";
        };
    }

    static String defang(ObservableValue value) {
        String v = value.value();
        return switch (value.type()) {
            case URL -> defangUrl(v);
            case EMAIL -> v.substring(0, v.lastIndexOf('@')) + "[at]" + dots(v.substring(v.lastIndexOf('@') + 1));
            case DOMAIN, HOSTNAME, IPV4, CIDR -> dots(v);
            case IPV6 -> v.replace(":", "[:]");
            default -> v;
        };
    }

    private static String defangUrl(String url) {
        int hostStart = url.indexOf("://") + 3;
        int hostEnd = hostStart;
        while (hostEnd < url.length() && "/?#".indexOf(url.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        String scheme = url.substring(0, hostStart - 3).replace("http", "hxxp").replace("ftp", "fxp");
        return scheme + "://" + dots(url.substring(hostStart, hostEnd)) + url.substring(hostEnd);
    }

    private static String dots(String s) {
        return s.replace(".", "[.]");
    }
}
