package org.yagura.taxonomy;

import org.jspecify.annotations.Nullable;

/**
 * Implemented by modules that store classifications (reports, incidents), so that a class or type
 * in use is never deleted. With no implementation, nothing counts as used.
 */
public interface TaxonomyUsage {

    /** How many records use the type {@code classKey/typeKey}, or any type of the class when {@code typeKey} is null. */
    long countUsing(String classKey, @Nullable String typeKey);
}
