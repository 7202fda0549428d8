package org.yagura.identity;

import org.jspecify.annotations.Nullable;

/**
 * Where a record table keeps what the access policy decides on, as SQL expressions over one row: the owning team
 * and the constituency ({@code null}: the record has none), the TLP (an enum name), and a condition that holds
 * when the viewer is a named participant, written with the parameter {@code :policy_user} for the viewer's id.
 */
public record PolicyColumns(@Nullable String team, @Nullable String constituency, String tlp, String participant) {
}
