package org.yagura.identity;

/**
 * The roles of a CSIRT's staff, most powerful first; each includes the rights of the roles below it
 * (see {@code SecurityConfiguration#roleHierarchy}). Constituents stand apart, for the portal.
 */
public enum Role {
    ADMINISTRATOR, TEAM_LEAD, INCIDENT_HANDLER, ANALYST, OBSERVER, CONSTITUENT;

    /** The Spring Security authority, e.g. {@code ROLE_TEAM_LEAD}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Staff roles may work inside the team; constituents only see what is shared with them. */
    public boolean isStaff() {
        return this != CONSTITUENT;
    }

    /** Observers and constituents read; everyone else may change records. */
    public boolean canWrite() {
        return this != OBSERVER && this != CONSTITUENT;
    }

    public String labelKey() {
        return "role." + name();
    }
}
