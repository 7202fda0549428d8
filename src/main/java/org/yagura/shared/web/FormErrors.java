package org.yagura.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.yagura.shared.api.YaguraException;

/** Validation messages of a form, per field and for the whole form, in the user's language. */
public final class FormErrors {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<String> global = new ArrayList<>();
    private final MessageSource messages;
    private final Locale locale;

    private FormErrors(MessageSource messages) {
        this.messages = messages;
        this.locale = LocaleContextHolder.getLocale();
    }

    public static FormErrors none(MessageSource messages) {
        return new FormErrors(messages);
    }

    public static FormErrors of(BindingResult result, MessageSource messages) {
        FormErrors errors = new FormErrors(messages);
        result.getAllErrors().forEach(e -> {
            String text = messages.getMessage(e, errors.locale);
            if (e instanceof FieldError fe) {
                errors.fields.putIfAbsent(fe.getField(), text);
            } else {
                errors.global.add(text);
            }
        });
        return errors;
    }

    /** Adds the localised message of a refused command, on a field or (null) the whole form. */
    public FormErrors add(@Nullable String field, YaguraException e) {
        String text = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
        if (field == null) {
            global.add(text);
        } else {
            fields.put(field, text);
        }
        return this;
    }

    public boolean any() {
        return !fields.isEmpty() || !global.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String get(String field) {
        return fields.getOrDefault(field, "");
    }

    /** The Bootstrap class for an input: {@code is-invalid} when its field has an error. */
    public String css(String field) {
        return has(field) ? "is-invalid" : "";
    }

    public List<String> global() {
        return List.copyOf(global);
    }
}
