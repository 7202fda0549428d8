package org.yagura.incidents;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a system journal entry says, independent of language: a message key of the
 * {@code incidents-filters} bundle ({@code incidents.journal.sys.*}) and its arguments, rendered in the
 * reader's language. An argument is plain text (names, titles, keys, instants: never translated), a
 * label (a message key rendered in the reader's language, such as a status) or a list of messages
 * (the field changes of one edit), joined by the language's separator.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalMessage(String key, List<Arg> args) {

    public JournalMessage {
        args = List.copyOf(args);
    }

    /** A message whose arguments are {@link Arg}s or, for anything else, its text ({@code null} shows as ∅). */
    public static JournalMessage of(String key, @Nullable Object... args) {
        List<Arg> list = new ArrayList<>();
        for (Object a : args) {
            list.add(a instanceof Arg arg ? arg : Arg.text(a));
        }
        return new JournalMessage(key, list);
    }

    /** One argument: exactly one of text, label or parts is set. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Arg(@Nullable String text, @Nullable String label, @Nullable List<JournalMessage> parts) {

        public static Arg text(@Nullable Object value) {
            return new Arg(value == null ? "∅" : value.toString(), null, null);
        }

        public static Arg label(String key) {
            return new Arg(null, key, null);
        }

        /** A value of the journal's vocabulary, e.g. {@code value("status", "NEW")}: {@code incidents.journal.v.status.NEW}. */
        public static Arg value(String vocabulary, @Nullable Enum<?> value) {
            return value == null ? text(null) : label("incidents.journal.v." + vocabulary + "." + value.name());
        }

        public static Arg parts(List<JournalMessage> parts) {
            return new Arg(null, null, List.copyOf(parts));
        }
    }
}
