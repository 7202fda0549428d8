/**
 * Incidents and the work on them: lifecycle from new to closed, classification, priority, TLP/PAP,
 * impact analysis, tasks and containment/eradication/recovery actions, playbooks, the append-only
 * journal, and the reports triaged into each incident (framework 1.1–1.3).
 */
@ApplicationModule(allowedDependencies = {"shared :: *", "identity", "taxonomy", "intake", "observables", "artifacts"})
@NullMarked
package org.yagura.incidents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
