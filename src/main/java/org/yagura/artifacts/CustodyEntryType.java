package org.yagura.artifacts;

/** The kinds of entry in an evidence item's chain of custody. */
public enum CustodyEntryType {
    ACQUIRED, TRANSFER_REQUESTED, TRANSFER_CONFIRMED, VERIFIED;

    public String labelKey() {
        return "artifacts.evidence.entry." + name();
    }
}
