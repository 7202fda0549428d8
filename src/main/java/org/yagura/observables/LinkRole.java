package org.yagura.observables;

/** What an observable was in a record's story. */
public enum LinkRole {
    SOURCE, TARGET, INDICATOR, INFRASTRUCTURE, VICTIM, OTHER;

    public String labelKey() {
        return "observable.role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
