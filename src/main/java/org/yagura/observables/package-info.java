/**
 * Observables: the typed values seen in incidents (IP addresses, domains, URLs, hashes, CVE ids and so on),
 * their validation and canonical form, defanging for display, and extraction of candidates from free text.
 */
@ApplicationModule(allowedDependencies = {"shared :: *", "identity"})
@NullMarked
package org.yagura.observables;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
