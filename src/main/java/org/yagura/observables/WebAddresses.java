package org.yagura.observables;

import inet.ipaddr.IPAddressString;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** URLs and e-mail addresses; their hosts go through {@link DomainNames} and ipaddress. */
final class WebAddresses {

    private static final Pattern URL = Pattern.compile("(?i)([a-z][a-z0-9+.-]*)://(?:([^/?#@]*)@)?([^/?#]+)(.*)");
    private static final Pattern PORT = Pattern.compile("(.*?)(?::(\\d{1,5}))?");
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("http", 80, "https", 443, "ftp", 21, "ftps", 990);
    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private WebAddresses() {
    }

    static ObservableValue url(String raw) {
        var m = URL.matcher(raw);
        if (!m.matches()) {
            throw InvalidObservable.of(ObservableType.URL, raw);
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        var hostPort = PORT.matcher(m.group(3));
        if (!hostPort.matches()) {
            throw InvalidObservable.of(ObservableType.URL, raw);
        }
        String[] host = host(hostPort.group(1), raw);
        String port = hostPort.group(2) == null || DEFAULT_PORTS.get(scheme) != null
                && DEFAULT_PORTS.get(scheme) == Integer.parseInt(hostPort.group(2)) ? "" : ":" + hostPort.group(2);
        String user = m.group(2) == null ? "" : percentEncoding(m.group(2), raw) + "@";
        String rest = percentEncoding(m.group(4), raw);
        String canonical = scheme + "://" + user + host[0] + port + rest;
        try {
            new URI(canonical);
        } catch (URISyntaxException e) {
            throw InvalidObservable.of(ObservableType.URL, raw);
        }
        return new ObservableValue(ObservableType.URL, canonical, scheme + "://" + user + host[1] + port + rest, null);
    }

    /** Canonical and display form of a URL host: an IP literal or a host name. */
    private static String[] host(String host, String raw) {
        if (host.startsWith("[") && host.endsWith("]")) {
            var address = new IPAddressString(host.substring(1, host.length() - 1)).getAddress();
            if (address == null || !address.isIPv6()) {
                throw InvalidObservable.of(ObservableType.URL, raw);
            }
            String literal = "[" + address.toCanonicalString() + "]";
            return new String[] {literal, literal};
        }
        try {
            var value = host.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9')
                    ? NetworkValues.ipv4(host) : DomainNames.hostname(host);
            return new String[] {value.value(), value.display()};
        } catch (InvalidObservable e) {
            throw InvalidObservable.of(ObservableType.URL, raw);
        }
    }

    /** Upper-case hex in escapes, unreserved characters decoded, other non-ASCII characters encoded as UTF-8. */
    private static String percentEncoding(String part, String raw) {
        var out = new StringBuilder(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%') {
                if (i + 2 >= part.length() || Character.digit(part.charAt(i + 1), 16) < 0
                        || Character.digit(part.charAt(i + 2), 16) < 0) {
                    throw InvalidObservable.of(ObservableType.URL, raw);
                }
                char decoded = (char) Integer.parseInt(part.substring(i + 1, i + 3), 16);
                out.append(UNRESERVED.indexOf(decoded) >= 0 ? String.valueOf(decoded)
                        : "%" + part.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                i += 2;
            } else if (c > 0x7e || c <= 0x20) {
                if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                    throw InvalidObservable.of(ObservableType.URL, raw);
                }
                int end = Character.isHighSurrogate(c) && i + 1 < part.length() ? i + 2 : i + 1;
                for (byte b : part.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static ObservableValue email(String raw) {
        int at = raw.lastIndexOf('@');
        if (at <= 0 || at > 64 || !LOCAL_PART.matcher(raw.substring(0, at)).matches()) {
            throw InvalidObservable.of(ObservableType.EMAIL, raw);
        }
        ObservableValue domain;
        try {
            domain = DomainNames.domain(raw.substring(at + 1));
        } catch (InvalidObservable e) {
            throw InvalidObservable.of(ObservableType.EMAIL, raw);
        }
        // the local part is case-sensitive by RFC 5321, so only the domain is lower-cased
        String local = raw.substring(0, at);
        return new ObservableValue(ObservableType.EMAIL, local + "@" + domain.value(), local + "@" + domain.display(), null);
    }
}
