package org.yagura.artifacts;

/** The outcome of re-hashing a digital evidence item's stored file. */
public enum VerificationResult {
    MATCH, MISMATCH, MISSING;

    public String labelKey() {
        return "artifacts.evidence.result." + name();
    }
}
