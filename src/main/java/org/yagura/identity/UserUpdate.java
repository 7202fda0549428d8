package org.yagura.identity;

import org.jspecify.annotations.Nullable;

/** Changes an administrator makes to a user; {@code expectedVersion} detects concurrent edits. */
public record UserUpdate(String displayName, @Nullable String email, Role role, @Nullable String constituency,
        @Nullable Long expectedVersion) {
}
