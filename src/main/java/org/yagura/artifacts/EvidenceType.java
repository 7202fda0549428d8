package org.yagura.artifacts;

/** What kind of thing an evidence item is: a stored file, or something physical kept elsewhere. */
public enum EvidenceType {
    DIGITAL, DEVICE, DOCUMENT, OTHER;

    public String labelKey() {
        return "artifacts.evidence.type." + name();
    }
}
