package org.yagura.identity;

import java.util.Map;

/**
 * An SQL condition that holds exactly for the rows a viewer may read, with its named parameters (all prefixed
 * {@code policy_}), for counting and filtering inside the database what {@link AccessPolicy#canRead} decides in Java.
 */
public record PolicyCondition(String sql, Map<String, Object> params) {

    public PolicyCondition {
        params = Map.copyOf(params);
    }

    /** The same condition inside {@code prefix} and {@code suffix}, e.g. an {@code EXISTS} over the record table. */
    public PolicyCondition wrap(String prefix, String suffix) {
        return new PolicyCondition(prefix + sql + suffix, params);
    }
}
