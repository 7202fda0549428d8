package org.yagura.incidents.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The text of a media statement: title, body in Markdown and its language ({@code ja} or {@code en}). */
public record MediaStatementDraft(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 100_000) String body,
        @NotNull @Pattern(regexp = "ja|en", message = "{statement.language.invalid}") String language) {
}
