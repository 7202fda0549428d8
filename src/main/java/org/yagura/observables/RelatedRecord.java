package org.yagura.observables;

/**
 * A record that shares something with the one being looked at: {@code via} is {@code same} (the same value),
 * {@code cidr} (a stored block containing the address), {@code host} (a URL or name on the same host) or
 * {@code registered-domain}; {@code viaValue} is the value it holds.
 */
public record RelatedRecord(String kind, String key, String path, String via, String viaValue) {
}
