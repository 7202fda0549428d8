package org.yagura.shared.web;

import java.util.List;

/** The navigation entries of one service area, as the layout renders them. */
public record NavigationGroup(ServiceArea area, List<NavigationItem> items) {
}
