package org.yagura.shared.search;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/** The one way Yagura matches a user's search words against text fields indexed with {@link TextAnalysis}. */
public final class FullText {

    private static final Pattern OPERATORS = Pattern.compile("[\"|*()~]|(^|\\s)[-+]");

    private FullText() {
    }

    /**
     * Matches when every word of {@code query} occurs in one of {@code fields} (morphological terms,
     * so spaces do not matter), or when the query occurs as a substring by bigrams. Quotes, {@code -},
     * {@code |} and {@code *} work as in a simple query string.
     */
    public static PredicateFinalStep matching(SearchPredicateFactory f, String query, String... fields) {
        var words = f.simpleQueryString().fields(fields).matching(query).defaultOperator(BooleanOperator.AND);
        if (OPERATORS.matcher(query).find()) {
            // with operators the user asks for exact query semantics, which substring matching would loosen
            return words;
        }
        String[] bigramFields = Arrays.stream(fields).map(name -> name + TextAnalysis.BIGRAM_SUFFIX).toArray(String[]::new);
        return f.bool()
                .should(words)
                .should(f.phrase().fields(bigramFields).matching(query).boost(0.5f))
                .minimumShouldMatchNumber(1);
    }
}
