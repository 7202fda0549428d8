package org.yagura.shared.web;

/** Implemented by the signed-in principal so that the layout can greet the user by name. */
public interface UserDisplay {
    String displayName();
}
