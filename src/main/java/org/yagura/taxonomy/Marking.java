package org.yagura.taxonomy;

/** A TLP or PAP level with its colour and its name and meaning in both languages, e.g. {@code TLP:AMBER+STRICT}. */
public record Marking(String code, String colour, TaxonomyLabels labels) {
}
