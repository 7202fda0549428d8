package org.yagura.identity;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.yagura.shared.Tlp;

/**
 * The one policy every read and write of a record passes: role, team, constituency and TLP 2.0.
 * <ul>
 * <li>TLP:RED — only the record's named participants, whatever their role.</li>
 * <li>Staff — administrators see every team's records; others see records of their teams and records of no team.
 * AMBER+STRICT and AMBER stay inside the organisation, so staff with team access may read them.</li>
 * <li>Constituents — only records of their own constituency, up to TLP:AMBER (never AMBER+STRICT), and CLEAR records.</li>
 * <li>Writing needs a role that writes (not observer, not constituent) on top of reading.</li>
 * </ul>
 */
@Component
public class AccessPolicy {

    private final TeamService teams;
    private final UserService users;

    AccessPolicy(TeamService teams, UserService users) {
        this.teams = teams;
        this.users = users;
    }

    /** The signed-in user as a viewer, or empty for anonymous callers. */
    public Optional<Viewer> currentViewer() {
        return CurrentUser.principal().map(p -> new Viewer(p.id(), p.role(), teams.teamsOf(p.id()),
                users.findByUsername(p.getUsername()).map(UserSummary::constituency).orElse(null)));
    }

    /** The signed-in user's id, without reading the database. */
    public Optional<java.util.UUID> currentUserId() {
        return CurrentUser.principal().map(YaguraPrincipal::id);
    }

    public boolean canRead(Viewer viewer, ProtectedRecord record) {
        if (record.tlp() == Tlp.RED) {
            return record.participants().contains(viewer.userId());
        }
        if (viewer.role().isStaff()) {
            return viewer.role() == Role.ADMINISTRATOR
                    || record.team() == null
                    || viewer.teams().contains(record.team())
                    || record.participants().contains(viewer.userId());
        }
        if (record.tlp() == Tlp.CLEAR) {
            return true;
        }
        return record.tlp() != Tlp.AMBER_STRICT
                && viewer.constituency() != null
                && viewer.constituency().equals(record.constituency());
    }

    public boolean canWrite(Viewer viewer, ProtectedRecord record) {
        return viewer.role().canWrite() && canRead(viewer, record);
    }
}
