package org.yagura.incidents;

import java.util.List;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.shared.Actor;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.NotFoundException;

/** The front door for an incident's tasks and containment, eradication and recovery actions. */
@Service
@Transactional
public class TaskService {

    private final IncidentAccess access;
    private final IncidentTasks tasks;
    private final IncidentReferences references;

    TaskService(IncidentAccess access, IncidentTasks tasks, IncidentReferences references) {
        this.access = access;
        this.tasks = tasks;
        this.references = references;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public List<TaskView> tasks(String key) {
        Incident incident = access.readable(key);
        return tasks.of(incident.id(), incident.key());
    }

    /** Adds a task or action; its owner must be a staff member who may work incidents. */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public TaskView add(String key, NewTask task) {
        references.requireValid(task);
        Incident incident = access.writable(key);
        return add(incident, task);
    }

    TaskView add(Incident incident, NewTask task) {
        if (!incident.status().isOpen()) {
            throw new ConflictException("incidents.closed", incident.key());
        }
        UUID assigneeId = task.assignee() == null || task.assignee().isBlank() ? null : references.staffId(task.assignee());
        TaskView added = tasks.insert(incident.id(), incident.key(), task.title().strip(), task.kindOrTask(), assigneeId,
                assigneeId == null ? null : task.assignee().strip(), task.dueDate(),
                task.description() == null || task.description().isBlank() ? null : task.description().strip(),
                Actor.current().username(),
                IncidentService.now());
        java.util.List<JournalMessage> parts = new java.util.ArrayList<>();
        parts.add(JournalMessage.of("incidents.journal.sys.task-added", JournalMessage.Arg.value("task-kind", task.kindOrTask()),
                added.title()));
        if (added.assignee() != null) {
            parts.add(JournalMessage.of("incidents.journal.sys.task-owner", added.assignee()));
        }
        if (added.dueDate() != null) {
            parts.add(JournalMessage.of("incidents.journal.sys.task-due", added.dueDate()));
        }
        access.record(incident, JournalKind.TASK, "incident.task-added",
                JournalMessage.of("incidents.journal.sys.list", JournalMessage.Arg.parts(parts)));
        return added;
    }

    /** Moves a task to another state; a stale version is a 409. */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public TaskView setState(String key, UUID taskId, TaskState state, long expectedVersion) {
        Incident incident = access.writable(key);
        TaskView task = tasks.find(incident.id(), incident.key(), taskId)
                .orElseThrow(() -> new NotFoundException("incidents.task.not-found", taskId));
        if (task.state() == state) {
            return task;
        }
        if (!tasks.setState(taskId, state, expectedVersion, IncidentService.now())) {
            throw new ObjectOptimisticLockingFailureException(TaskView.class, taskId);
        }
        access.record(incident, JournalKind.TASK, "incident.task-changed", JournalMessage.of("incidents.journal.sys.task-state",
                task.title(), JournalMessage.Arg.value("task-state", task.state()), JournalMessage.Arg.value("task-state", state)));
        return tasks.find(incident.id(), incident.key(), taskId).orElseThrow();
    }
}
