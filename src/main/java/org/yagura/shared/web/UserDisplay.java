package org.yagura.shared.web;

/** Implemented by the signed-in principal so that the layout can greet the user by name and shape the menu. */
public interface UserDisplay {
    String displayName();

    /** True while the user may do nothing but change a one-time password: the layout then shows no navigation. */
    default boolean restricted() {
        return false;
    }
}
