package org.yagura.artifacts;

/** The state of a retro-hunt. */
public enum YaraHuntStatus {
    QUEUED, RUNNING, DONE, CANCELLED, FAILED;

    public boolean finished() {
        return this == DONE || this == CANCELLED || this == FAILED;
    }

    public String labelKey() {
        return "yara.hunt.status." + name();
    }
}
