package org.yagura.incidents.filters;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.function.Predicate;
import org.yagura.incidents.IncidentQueue;
import org.yagura.incidents.IncidentSlaFlag;
import org.yagura.incidents.IncidentStatus;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.BadRequestException;
import org.yagura.taxonomy.Priority;

/**
 * The fields a saved filter may hold, in the order of the list page, each with its check; an unknown
 * field or a bad value is a 400 that names it. Blank values are left out.
 */
final class SavedFilterFields {

    /** Field names in their canonical order. */
    static final List<String> NAMES = List.of("queue", "status", "classKey", "priority", "tlp", "assignee", "teamId",
            "constituency", "from", "to", "sla", "q");
    static final int MAX_QUERY = 2000;

    private SavedFilterFields() {
    }

    /** The fields checked and in canonical order; throws for an unknown field or a bad value. */
    static Map<String, String> check(Map<String, String> fields) {
        for (String name : fields.keySet()) {
            if (!NAMES.contains(name)) {
                throw new BadRequestException("incidents.filters.unknown-field", name);
            }
        }
        Map<String, String> checked = new LinkedHashMap<>();
        for (String name : NAMES) {
            String value = fields.get(name);
            if (value == null || value.isBlank()) {
                continue;
            }
            value = value.strip();
            if (!valid(name).test(value)) {
                throw new BadRequestException("incidents.filters.invalid-value", name, shorten(value));
            }
            checked.put(name, value);
        }
        if (toQuery(checked).length() > MAX_QUERY) {
            throw new BadRequestException("incidents.filters.too-long", MAX_QUERY);
        }
        return checked;
    }

    /** A list page query string ({@code queue=OPEN&status=NEW&q=…}) as fields; paging and unknown parameters are refused. */
    static Map<String, String> parse(String query) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (fields.containsKey(name)) {
                throw new BadRequestException("incidents.filters.repeated-field", name);
            }
            fields.put(name, value);
        }
        return check(fields);
    }

    static String toQuery(Map<String, String> fields) {
        StringJoiner q = new StringJoiner("&");
        fields.forEach((name, value) -> q.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return q.toString();
    }

    private static Predicate<String> valid(String name) {
        return switch (name) {
            case "queue" -> v -> isEnum(IncidentQueue.class, v);
            case "status" -> v -> isEnum(IncidentStatus.class, v);
            case "priority" -> v -> isEnum(Priority.class, v);
            case "tlp" -> v -> isEnum(Tlp.class, v);
            case "sla" -> v -> isEnum(IncidentSlaFlag.class, v);
            case "teamId" -> SavedFilterFields::isUuid;
            case "from", "to" -> SavedFilterFields::isDate;
            case "q" -> v -> v.length() <= 500;
            default -> v -> v.length() <= 200;
        };
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String value) {
        try {
            Enum.valueOf(type, value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return value.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("incidents.filters.invalid-query");
        }
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
