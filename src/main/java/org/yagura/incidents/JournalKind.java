package org.yagura.incidents;

import java.util.EnumSet;
import java.util.Set;

/** What a journal entry records. Notes, actions, communication and attachments are written by people; the rest by the system. */
public enum JournalKind {
    NOTE, ACTION, COMMUNICATION, ATTACHMENT, STATUS, FIELD, TASK, REPORT;

    /** The kinds a person may add by hand. */
    public static final Set<JournalKind> MANUAL = EnumSet.of(NOTE, ACTION, COMMUNICATION, ATTACHMENT);

    public String labelKey() {
        return "incidents.journal.kind." + name();
    }
}
