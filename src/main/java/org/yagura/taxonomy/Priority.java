package org.yagura.taxonomy;

/** The order in which incidents are worked, P1 first. Labels are message keys {@code priority.<NAME>}. */
public enum Priority {
    P1, P2, P3, P4;

    public String labelKey() {
        return "priority." + name();
    }
}
