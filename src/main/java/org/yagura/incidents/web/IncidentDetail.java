package org.yagura.incidents.web;

import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.yagura.identity.TeamService;
import org.yagura.identity.TeamSummary;
import org.yagura.incidents.IncidentReportService;
import org.yagura.incidents.IncidentService;
import org.yagura.incidents.IncidentSlaService;
import org.yagura.incidents.IncidentView;
import org.yagura.incidents.JournalKind;
import org.yagura.incidents.JournalService;
import org.yagura.incidents.PlaybookService;
import org.yagura.incidents.Resolution;
import org.yagura.incidents.TaskKind;
import org.yagura.incidents.TaskService;
import org.yagura.incidents.TaskState;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.YaguraException;
import org.yagura.shared.web.FormErrors;

/** Fills the model of the incident page (also when a form on it is refused) and turns refusals into form messages. */
@Component
class IncidentDetail {

    private final IncidentService incidents;
    private final IncidentReportService reports;
    private final TaskService tasks;
    private final JournalService journal;
    private final PlaybookService playbooks;
    private final TeamService teams;
    private final MessageSource messages;
    private final IncidentSlaService sla;

    IncidentDetail(IncidentService incidents, IncidentReportService reports, TaskService tasks, JournalService journal,
            PlaybookService playbooks, TeamService teams, MessageSource messages, IncidentSlaService sla) {
        this.incidents = incidents;
        this.reports = reports;
        this.tasks = tasks;
        this.journal = journal;
        this.playbooks = playbooks;
        this.teams = teams;
        this.messages = messages;
        this.sla = sla;
    }

    String page(String key, FormErrors errors, String sort, List<JournalKind> kinds, Model model) {
        IncidentView incident = incidents.get(key);
        model.addAttribute("incident", incident);
        model.addAttribute("teamName", teamName(incident.teamId()));
        model.addAttribute("reports", reports.reports(key));
        model.addAttribute("children", incidents.children(key));
        model.addAttribute("tasks", tasks.tasks(key));
        model.addAttribute("sla", sla.of(key));
        model.addAttribute("journal", journal.entries(key, kinds, !"recorded".equals(sort), false));
        model.addAttribute("sort", "recorded".equals(sort) ? "recorded" : "occurred");
        model.addAttribute("kindFilter", kinds.size() == 1 ? kinds.get(0).name() : "");
        model.addAttribute("playbooks", playbooks.offered());
        model.addAttribute("resolutions", Resolution.values());
        model.addAttribute("taskKinds", TaskKind.values());
        model.addAttribute("taskStates", TaskState.values());
        model.addAttribute("journalKinds", JournalKind.values());
        model.addAttribute("errors", errors);
        return "incidents/incident";
    }

    String page(String key, FormErrors errors, Model model) {
        return page(key, errors, "occurred", List.of(), model);
    }

    FormErrors none() {
        return FormErrors.none(messages);
    }

    /** A refusal as a form message; a field named by a validation failure gets it on that field. */
    FormErrors of(YaguraException e) {
        if ("incidents.invalid".equals(e.messageKey()) && e.arguments().length > 0) {
            return none().add(String.valueOf(e.arguments()[0]), e);
        }
        return none().add(null, e);
    }

    FormErrors concurrentEdit() {
        return none().add(null, new ConflictException("incidents.concurrent-edit"));
    }

    MessageSource messages() {
        return messages;
    }

    List<TeamSummary> teams() {
        return teams.list();
    }

    private String teamName(@org.jspecify.annotations.Nullable UUID teamId) {
        return teamId == null ? "" : teams.list().stream().filter(t -> t.id().equals(teamId)).map(TeamSummary::name)
                .findFirst().orElse(teamId.toString());
    }
}
