package org.yagura.identity.web;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yagura.identity.TeamService;
import org.yagura.identity.UserService;
import org.yagura.shared.api.NotFoundException;
import org.yagura.shared.api.YaguraException;

/** Team administration: create, rename, delete, add and remove members. */
@Controller
@RequestMapping("/admin/teams")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class TeamPageController {

    private final TeamService teams;
    private final UserService users;

    TeamPageController(TeamService teams, UserService users) {
        this.teams = teams;
        this.users = users;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("teams", teams.list());
        return "identity/teams";
    }

    @PostMapping
    String create(@RequestParam String name, @RequestParam(required = false) String description,
            RedirectAttributes redirect) {
        try {
            var team = teams.create(name, description);
            redirect.addFlashAttribute("flash", "team.created");
            return "redirect:/admin/teams/" + team.id();
        } catch (YaguraException e) {
            redirect.addFlashAttribute("flash", e.messageKey());
            return "redirect:/admin/teams";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("team", teams.get(id));
        return "identity/team";
    }

    @PostMapping("/{id}")
    String rename(@PathVariable UUID id, @RequestParam String name, @RequestParam(required = false) String description,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(id, redirect, "team.saved", () -> teams.update(id, name, description, version));
    }

    @PostMapping("/{id}/members")
    String addMember(@PathVariable UUID id, @RequestParam String username, RedirectAttributes redirect) {
        return act(id, redirect, "team.member-added", () -> teams.addMember(id, users.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("user.not-found", username)).id()));
    }

    @PostMapping("/{id}/members/{userId}/remove")
    String removeMember(@PathVariable UUID id, @PathVariable UUID userId, RedirectAttributes redirect) {
        return act(id, redirect, "team.member-removed", () -> teams.removeMember(id, userId));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        teams.delete(id);
        redirect.addFlashAttribute("flash", "team.deleted");
        return "redirect:/admin/teams";
    }

    private String act(UUID id, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", success);
        } catch (YaguraException e) {
            redirect.addFlashAttribute("flash", e.messageKey());
        }
        return "redirect:/admin/teams/" + id;
    }
}
