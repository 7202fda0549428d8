package org.yagura.incidents;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.shared.Actor;
import org.yagura.shared.api.NotFoundException;

/** The front door for playbooks: reading them, applying one to an incident, and (team leads) rewording one. */
@Service
@Transactional
public class PlaybookService {

    private final JdbcClient jdbc;
    private final IncidentAccess access;
    private final TaskService tasks;
    private final IncidentReferences references;

    PlaybookService(JdbcClient jdbc, IncidentAccess access, TaskService tasks, IncidentReferences references) {
        this.jdbc = jdbc;
        this.access = access;
        this.tasks = tasks;
        this.references = references;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public List<Playbook> list() {
        Map<String, List<Playbook.Step>> steps = jdbc.sql("SELECT playbook_id, kind, title_en, title_ja FROM incident_playbook_step"
                        + " ORDER BY playbook_id, position")
                .query((rs, n) -> Map.entry(rs.getString(1), new Playbook.Step(TaskKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("SELECT id, class_key, type_key, name_en, name_ja, version FROM incident_playbook ORDER BY class_key, id")
                .query((rs, n) -> new Playbook(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), steps.getOrDefault(rs.getString(1), List.of()), rs.getLong(6)))
                .list();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public Playbook get(String id) {
        return list().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("incidents.playbook.not-found", id));
    }

    /** Creates the playbook's tasks on the incident, worded in the caller's language. */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public List<TaskView> apply(String incidentKey, String playbookId) {
        Playbook playbook = get(playbookId);
        Incident incident = access.writable(incidentKey);
        Locale locale = LocaleContextHolder.getLocale();
        List<TaskView> created = playbook.steps().stream()
                .map(s -> tasks.add(incident, new NewTask(s.title(locale), s.kind(), null, null))).toList();
        access.record(incident, JournalKind.TASK, "incident.playbook-applied",
                JournalMessage.of("incidents.journal.sys.playbook-applied", playbook.id(), created.size()));
        return created;
    }

    /** Rewords a playbook and replaces its steps; a stale version is a 409. */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    public Playbook change(String id, Playbook.Change change) {
        references.requireValid(change);
        get(id);
        int updated = jdbc.sql("UPDATE incident_playbook SET name_en = ?, name_ja = ?, updated_by = ?, updated_at = ?,"
                        + " version = version + 1 WHERE id = ? AND version = ?")
                .params(change.nameEn().strip(), change.nameJa().strip(), Actor.current().username(),
                        Timestamp.from(IncidentService.now()), id, change.version())
                .update();
        if (updated != 1) {
            throw new ObjectOptimisticLockingFailureException(Playbook.class, id);
        }
        jdbc.sql("DELETE FROM incident_playbook_step WHERE playbook_id = ?").param(id).update();
        for (int i = 0; i < change.steps().size(); i++) {
            Playbook.Step s = change.steps().get(i);
            jdbc.sql("INSERT INTO incident_playbook_step (playbook_id, position, kind, title_en, title_ja) VALUES (?, ?, ?, ?, ?)")
                    .params(id, i + 1, s.kind().name(), s.titleEn().strip(), s.titleJa().strip()).update();
        }
        access.audit(id, "playbook.changed", change.nameEn() + ": " + change.steps().size() + " steps");
        return get(id);
    }
}
