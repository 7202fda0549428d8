package org.yagura.incidents.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yagura.incidents.IncidentCsv;
import org.yagura.incidents.JournalEntry;
import org.yagura.incidents.JournalKind;
import org.yagura.incidents.JournalService;
import org.yagura.incidents.NewTask;
import org.yagura.incidents.TaskService;
import org.yagura.incidents.TaskState;
import org.yagura.incidents.TaskView;

/** The work on an incident: tasks and actions, and the journal with its exports (playbooks: PlaybookRestController). */
@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "incidents", description = "Incidents, their lifecycle and their reports")
class IncidentWorkRestController {

    private final TaskService tasks;
    private final JournalService journal;
    IncidentWorkRestController(TaskService tasks, JournalService journal) {
        this.tasks = tasks;
        this.journal = journal;
    }

    @GetMapping("/{key}/tasks")
    @Operation(summary = "Tasks and containment, eradication and recovery actions of the incident")
    Map<String, List<TaskView>> tasks(@PathVariable String key) {
        return Map.of("items", tasks.tasks(key));
    }

    @PostMapping("/{key}/tasks")
    @Operation(summary = "Add a task or action (kind TASK, CONTAINMENT, ERADICATION or RECOVERY) with owner and due date")
    ResponseEntity<TaskView> addTask(@PathVariable String key, @Valid @RequestBody NewTask task) {
        TaskView added = tasks.add(key, task);
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + key + "/tasks/" + added.id())).body(added);
    }

    @PostMapping("/{key}/tasks/{id}/state")
    @Operation(summary = "Set a task's state (OPEN, DONE, BLOCKED, CANCELLED); the version read refuses a concurrent change (409)")
    TaskView setState(@PathVariable String key, @PathVariable UUID id, @Valid @RequestBody StateRequest request) {
        return tasks.setState(key, id, request.state(), request.version());
    }

    @GetMapping("/{key}/journal")
    @Operation(summary = "The journal as JSON, filtered by kind, sorted by occurredAt or recordedAt. Entries written by the "
            + "system carry message (key and arguments) and their body in the caller's language (Accept-Language or the "
            + "user's setting); older entries and those people wrote have no message and show their text as written")
    Map<String, List<JournalEntry>> journal(@PathVariable String key,
            @RequestParam(required = false) List<JournalKind> kind, @RequestParam(defaultValue = "occurred") String sort,
            @RequestParam(defaultValue = "asc") String order) {
        return Map.of("items", entries(key, kind, sort, order));
    }

    @GetMapping(value = "/{key}/journal/export", produces = "text/csv")
    @Operation(summary = "The journal as CSV (same parameters): body in the caller's language, message_key for system entries")
    void exportJournal(@PathVariable String key, @RequestParam(required = false) List<JournalKind> kind,
            @RequestParam(defaultValue = "occurred") String sort, @RequestParam(defaultValue = "asc") String order,
            HttpServletResponse response) throws IOException {
        List<JournalEntry> entries = entries(key, kind, sort, order);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + key + "-journal.csv\"");
        IncidentCsv.journal(entries, response.getOutputStream());
    }

    @PostMapping("/{key}/journal")
    @Operation(summary = "Append a note, action, communication record or attachment reference (Markdown)")
    ResponseEntity<JournalEntry> addEntry(@PathVariable String key, @Valid @RequestBody JournalService.NewJournalEntry entry) {
        return ResponseEntity.status(201).body(journal.add(key, entry));
    }

    private List<JournalEntry> entries(String key, List<JournalKind> kind, String sort, String order) {
        return journal.entries(key, kind == null ? List.of() : kind, !"recorded".equals(sort), "desc".equals(order));
    }

    record StateRequest(@NotNull TaskState state, long version) {
    }
}
