/**
 * Files and evidence of the CSIRT's work: artifacts attached to records (reports now, incidents later)
 * and stored once by their SHA-256, their analysis in background jobs, password-protected downloads,
 * and evidence items with their chain of custody and integrity verifications (framework 1.1.3, 2.1, 2.2).
 */
@ApplicationModule(allowedDependencies = {"shared :: *", "identity", "analysis"})
@NullMarked
package org.yagura.artifacts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
