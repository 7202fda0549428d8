/**
 * The audit trail: an append-only, hash-chained record of every change, sign-in and failed sign-in,
 * fed by the {@link org.yagura.shared.AuditableEvent}s of all other modules, with a browser for
 * administrators and a verification that proves the chain intact.
 */
@ApplicationModule(allowedDependencies = "shared :: *")
@NullMarked
package org.yagura.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
