package org.yagura.observables;

import java.util.UUID;

/** A record of another module as observables knows it: kind, id, human key and a title to show. */
public record LinkedRecord(String kind, UUID id, String key, String title) {
}
