package org.yagura.artifacts;

/**
 * One occurrence of a rule's string in a file, as {@code yara -s -L} prints it: the offset, the string's
 * identifier, the length matched and the matched bytes (text where printable, {@code \xNN} escapes or
 * hex otherwise, at most {@value YaraOutput#MAX_DATA} characters).
 */
public record YaraMatchString(long offset, String identifier, int length, String data) {
}
