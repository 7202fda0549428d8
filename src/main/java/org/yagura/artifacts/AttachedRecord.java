package org.yagura.artifacts;

import org.yagura.shared.Tlp;

/**
 * A record that artifacts and evidence belong to, as its owning module shows it to the current user:
 * its kind and key, a title, its TLP, the page that shows it, and whether the user may add to it.
 */
public record AttachedRecord(String kind, String key, String title, Tlp tlp, String path, boolean writable) {
}
