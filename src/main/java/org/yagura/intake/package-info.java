/**
 * Incident reports coming in (web form, API, bulk API; e-mail later) and their triage: verifying,
 * classifying and deciding what becomes of each report (framework 1.1.1, 1.1.3).
 */
@ApplicationModule(allowedDependencies = {"shared :: *", "identity", "taxonomy", "observables", "artifacts"})
@NullMarked
package org.yagura.intake;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
