/**
 * Who may use Yagura and what they may see: users, teams, roles, API tokens, sign-in (form and
 * OIDC) with throttling, constituency membership, and the one access policy every read passes.
 */
@ApplicationModule(allowedDependencies = "shared :: *")
@NullMarked
package org.yagura.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
