package org.yagura.identity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
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

    /** The request attribute that keeps the viewer of the request once it has been read. */
    private static final String VIEWER_ATTRIBUTE = AccessPolicy.class.getName() + ".viewer";

    private final @Nullable JdbcClient jdbc;

    AccessPolicy(@Nullable JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The signed-in user as a viewer, or empty for anonymous callers. Teams and constituency are read with one
     * query, once per web request (a list checks every row against the same viewer), and on every call elsewhere.
     */
    public Optional<Viewer> currentViewer() {
        return CurrentUser.principal().map(p -> {
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request != null && request.getAttribute(VIEWER_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Viewer v
                    && v.userId().equals(p.id()) && v.role() == p.role()) {
                return v;
            }
            Viewer viewer = read(p.id(), p.role());
            if (request != null) {
                request.setAttribute(VIEWER_ATTRIBUTE, viewer, RequestAttributes.SCOPE_REQUEST);
            }
            return viewer;
        });
    }

    private Viewer read(UUID userId, Role role) {
        Set<UUID> teams = new HashSet<>();
        String[] constituency = new String[1];
        java.util.Objects.requireNonNull(jdbc).sql("""
                SELECT u.constituency, m.team_id FROM app_user u LEFT JOIN team_member m ON m.user_id = u.id
                WHERE u.id = ?""").param(userId).query(rs -> {
                    constituency[0] = rs.getString(1);
                    UUID team = rs.getObject(2, UUID.class);
                    if (team != null) {
                        teams.add(team);
                    }
                });
        return new Viewer(userId, role, teams, constituency[0]);
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

    /**
     * {@link #canRead} as an SQL condition over a record table whose columns are {@code columns}, so that the database
     * can count or filter readable rows without handing each one to Java. The two must agree; the tests compare them
     * on every combination of role, team, constituency, TLP and participation.
     */
    public PolicyCondition readableCondition(Viewer viewer, PolicyColumns columns) {
        Map<String, Object> params = new HashMap<>();
        params.put("policy_user", viewer.userId());
        String tlp = columns.tlp();
        String red = "(" + tlp + " = 'RED' AND " + columns.participant() + ")";
        String rest;
        if (viewer.role() == Role.ADMINISTRATOR) {
            rest = "TRUE";
        } else if (viewer.role().isStaff()) {
            String team = columns.team() == null ? "TRUE" : columns.team() + " IS NULL";
            if (columns.team() != null && !viewer.teams().isEmpty()) {
                team += " OR " + columns.team() + " IN (:policy_teams)";
                params.put("policy_teams", List.copyOf(viewer.teams()));
            }
            rest = team + " OR " + columns.participant();
        } else if (viewer.constituency() != null && columns.constituency() != null) {
            rest = tlp + " = 'CLEAR' OR (" + tlp + " <> 'AMBER_STRICT' AND " + columns.constituency() + " = :policy_constituency)";
            params.put("policy_constituency", viewer.constituency());
        } else {
            rest = tlp + " = 'CLEAR'";
        }
        return new PolicyCondition("(" + red + " OR (" + tlp + " <> 'RED' AND (" + rest + ")))", params);
    }

    public boolean canWrite(Viewer viewer, ProtectedRecord record) {
        return viewer.role().canWrite() && canRead(viewer, record);
    }
}
