package org.yagura.shared.web;

import org.jspecify.annotations.Nullable;

/**
 * An entry of the main navigation that a module contributes as a bean. {@code role} is the Spring
 * Security authority needed to see it (e.g. {@code ROLE_ADMINISTRATOR}), null for every signed-in user.
 */
public record NavigationItem(ServiceArea area, String labelKey, String path, @Nullable String role, int order) {
}
