package org.yagura.taxonomy;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.api.BadRequestException;

/**
 * A class ({@code malicious-code}) or a type within it ({@code malicious-code/c2-server}). Keys are
 * 2 to 64 lower-case letters, digits and hyphens.
 */
public record TaxonomyKey(String classKey, @Nullable String typeKey) {

    /** The pattern every class and type key matches. */
    public static final String PATTERN = "[a-z0-9-]{2,64}";
    private static final Pattern KEY = Pattern.compile(PATTERN);

    public TaxonomyKey {
        requireValid(classKey);
        if (typeKey != null) {
            requireValid(typeKey);
        }
    }

    public static TaxonomyKey ofClass(String classKey) {
        return new TaxonomyKey(classKey, null);
    }

    public static TaxonomyKey ofType(String classKey, String typeKey) {
        return new TaxonomyKey(classKey, typeKey);
    }

    /** Parses {@code class} or {@code class/type}; anything else is a 400. */
    public static TaxonomyKey parse(String text) {
        int slash = text.indexOf('/');
        return slash < 0 ? ofClass(text) : ofType(text.substring(0, slash), text.substring(slash + 1));
    }

    public boolean isType() {
        return typeKey != null;
    }

    @Override
    public String toString() {
        return typeKey == null ? classKey : classKey + "/" + typeKey;
    }

    static boolean isValid(@Nullable String key) {
        return key != null && KEY.matcher(key).matches();
    }

    private static void requireValid(String key) {
        if (!isValid(key)) {
            throw new BadRequestException("taxonomy.key.invalid", key);
        }
    }
}
