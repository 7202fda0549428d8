package org.yagura.shared.search;

/** A module's search document type (annotated with {@code @SearchEntity} and {@code @Indexed}), contributed as a bean. */
public record IndexedType(Class<?> type) {
}
