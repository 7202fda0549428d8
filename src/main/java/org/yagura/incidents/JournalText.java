package org.yagura.incidents;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders system journal entries in a language, and stores their arguments as JSON. The English
 * rendering is also kept in {@code body}, so search, older readers and rows written before messages
 * existed (which have no key and show their body) stay readable.
 */
@Component
class JournalText {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<JournalMessage.Arg>> ARGS = new TypeReference<>() { };
    private final MessageSource messages;

    JournalText(MessageSource messages) {
        this.messages = messages;
    }

    String render(JournalMessage message, Locale locale) {
        Object[] args = message.args().stream().map(a -> render(a, locale)).toArray();
        return messages.getMessage(message.key(), args, message.key(), locale);
    }

    /** The text of a stored entry in {@code locale}: its message when it has one, else the body as written. */
    String render(@Nullable String key, @Nullable String args, String body, Locale locale) {
        JournalMessage message = message(key, args);
        return message == null ? body : render(message, locale);
    }

    @Nullable JournalMessage message(@Nullable String key, @Nullable String args) {
        if (key == null) {
            return null;
        }
        try {
            return new JournalMessage(key, args == null ? List.of() : JSON.readValue(args, ARGS));
        } catch (JacksonException e) {
            // a damaged row still shows what was written in English
            return null;
        }
    }

    static String json(JournalMessage message) {
        return JSON.writeValueAsString(message.args());
    }

    private String render(JournalMessage.Arg arg, Locale locale) {
        if (arg.label() != null) {
            return messages.getMessage(arg.label(), null, arg.label(), locale);
        }
        if (arg.parts() != null) {
            String separator = messages.getMessage("incidents.journal.sys.separator", null, "; ", locale);
            return arg.parts().stream().map(m -> render(m, locale)).collect(Collectors.joining(separator));
        }
        return arg.text() == null ? "" : arg.text();
    }
}
