/**
 * Small, rule-free building blocks every module may use: the audit event contract, TLP levels,
 * the page context and navigation of the UI shell, RFC 9457 errors, cursor pagination and CLI commands.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.yagura.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
