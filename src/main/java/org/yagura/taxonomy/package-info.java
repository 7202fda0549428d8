/**
 * How the team classifies and marks its work: the RSIT incident classification (shipped, with
 * Japanese and English labels, plus the team's local classes and types), TLP 2.0 and PAP labels,
 * and the impact × urgency priority matrix. Other modules validate a classification through
 * {@link org.yagura.taxonomy.TaxonomyService#requireActive} and report their use of it through
 * {@link org.yagura.taxonomy.TaxonomyUsage}.
 */
@ApplicationModule(allowedDependencies = "shared :: *")
@NullMarked
package org.yagura.taxonomy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
