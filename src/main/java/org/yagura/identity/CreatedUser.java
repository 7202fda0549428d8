package org.yagura.identity;

import org.jspecify.annotations.Nullable;

/** A new user and, when none was given, the one-time password to hand over (shown only now). */
public record CreatedUser(UserSummary user, @Nullable String oneTimePassword) {
}
