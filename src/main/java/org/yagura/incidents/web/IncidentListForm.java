package org.yagura.incidents.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.yagura.incidents.IncidentFilter;
import org.yagura.incidents.IncidentQueue;
import org.yagura.incidents.IncidentSlaFlag;
import org.yagura.incidents.IncidentStatus;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.BadRequestException;
import org.yagura.taxonomy.Priority;

/** The queue and filters of the incident list page, as query parameters; dates are days in the user's zone. */
public class IncidentListForm {

    private IncidentQueue queue = IncidentQueue.OPEN;
    private @Nullable IncidentStatus status;
    private String classKey = "";
    private @Nullable Priority priority;
    private @Nullable Tlp tlp;
    private String assignee = "";
    private String constituency = "";
    private String from = "";
    private String to = "";
    private String q = "";
    private String teamId = "";
    private @Nullable IncidentSlaFlag sla;

    IncidentFilter toFilter(ZoneId zone) {
        return new IncidentFilter(queue, status, blank(classKey), priority, tlp, blank(assignee), team(), blank(constituency),
                day(from, zone), day(to, zone), sla);
    }

    /** The filters as a query string (without the queue), to keep them across pages and exports. */
    public String query() {
        StringJoiner q = new StringJoiner("&");
        q.add("queue=" + queue.name());
        if (status != null) {
            q.add("status=" + status.name());
        }
        if (priority != null) {
            q.add("priority=" + priority.name());
        }
        if (tlp != null) {
            q.add("tlp=" + tlp.name());
        }
        add(q, "classKey", classKey);
        add(q, "assignee", assignee);
        add(q, "teamId", teamId);
        add(q, "constituency", constituency);
        add(q, "from", from);
        add(q, "to", to);
        if (sla != null) {
            q.add("sla=" + sla.name());
        }
        add(q, "q", this.q);
        return q.toString();
    }

    private static void add(StringJoiner q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.add(name + "=" + java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static @Nullable Instant day(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException("incidents.time.invalid");
        }
    }

    private java.util.@Nullable UUID team() {
        if (teamId == null || teamId.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(teamId.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("incidents.filters.invalid-value", "teamId", teamId);
        }
    }

    private static @Nullable String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public IncidentQueue getQueue() { return queue; }
    public void setQueue(IncidentQueue queue) { this.queue = queue; }
    public @Nullable IncidentStatus getStatus() { return status; }
    public void setStatus(@Nullable IncidentStatus status) { this.status = status; }
    /** The full-text search words, or empty for the plain list. */
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q == null ? "" : q; }
    public String getClassKey() { return classKey; }
    public void setClassKey(String classKey) { this.classKey = classKey; }
    public @Nullable Priority getPriority() { return priority; }
    public void setPriority(@Nullable Priority priority) { this.priority = priority; }
    public @Nullable Tlp getTlp() { return tlp; }
    public void setTlp(@Nullable Tlp tlp) { this.tlp = tlp; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public String getConstituency() { return constituency; }
    public void setConstituency(String constituency) { this.constituency = constituency; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public String getTeamId() { return teamId; }
    public void setTeamId(String teamId) { this.teamId = teamId == null ? "" : teamId; }
    public @Nullable IncidentSlaFlag getSla() { return sla; }
    public void setSla(@Nullable IncidentSlaFlag sla) { this.sla = sla; }
    public void setTo(String to) { this.to = to; }
}
