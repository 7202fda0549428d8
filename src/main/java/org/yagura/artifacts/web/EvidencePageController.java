package org.yagura.artifacts.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yagura.artifacts.CustodyReport;
import org.yagura.artifacts.CustodyService;
import org.yagura.artifacts.EvidenceDetail;
import org.yagura.artifacts.EvidenceService;
import org.yagura.artifacts.EvidenceType;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.CursorRequest;
import org.yagura.shared.api.YaguraException;
import org.yagura.shared.web.FormErrors;

/** The evidence register, recording an item, and one item's chain of custody with its transfers and verifications. */
@Controller
class EvidencePageController {

    private final EvidenceService evidence;
    private final CustodyService custody;
    private final CustodyReport report;
    private final MessageSource messages;

    EvidencePageController(EvidenceService evidence, CustodyService custody, CustodyReport report, MessageSource messages) {
        this.evidence = evidence;
        this.custody = custody;
        this.report = report;
        this.messages = messages;
    }

    @GetMapping("/evidence")
    String list(@RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("page", evidence.list(CursorRequest.of(50, cursor)));
        return "artifacts/evidencelist";
    }

    @GetMapping("/evidence/new")
    String newItem(@RequestParam(defaultValue = "") String record, @RequestParam(defaultValue = "") String artifact, Model model) {
        EvidenceForm form = new EvidenceForm();
        form.setRecordKey(record);
        form.setArtifactKey(artifact);
        form.setType(artifact.isBlank() ? EvidenceType.DOCUMENT : EvidenceType.DIGITAL);
        form.setAcquiredAt(LocalDateTime.now(LocaleContextHolder.getTimeZone().toZoneId()).truncatedTo(ChronoUnit.MINUTES));
        return form(form, FormErrors.none(messages), model);
    }

    @PostMapping("/evidence")
    String create(@Valid @ModelAttribute("form") EvidenceForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(form, FormErrors.of(binding, messages), model);
        }
        try {
            EvidenceDetail created = evidence.record(form.toNewEvidence(LocaleContextHolder.getTimeZone().toZoneId()));
            redirect.addFlashAttribute("flash", "artifacts.evidence.created");
            return "redirect:/evidence/" + created.item().key();
        } catch (YaguraException e) {
            return form(form, FormErrors.none(messages).add(null, e), model);
        }
    }

    @GetMapping("/evidence/{key}")
    String show(@PathVariable String key, Model model) {
        return detail(evidence.get(key), FormErrors.none(messages), model);
    }

    @PostMapping("/evidence/{key}/transfer")
    String transfer(@PathVariable String key, @RequestParam(defaultValue = "") String to,
            @RequestParam(required = false) @Nullable String purpose, Model model, RedirectAttributes redirect) {
        try {
            custody.requestTransfer(key, to, purpose);
        } catch (YaguraException e) {
            return detail(evidence.get(key), FormErrors.none(messages).add(null, e), model);
        }
        redirect.addFlashAttribute("flash", "artifacts.evidence.transfer.requested");
        return "redirect:/evidence/" + key;
    }

    @PostMapping("/evidence/{key}/transfer/confirmation")
    String confirm(@PathVariable String key, Model model, RedirectAttributes redirect) {
        try {
            custody.confirmTransfer(key);
        } catch (YaguraException e) {
            return detail(evidence.get(key), FormErrors.none(messages).add(null, e), model);
        }
        redirect.addFlashAttribute("flash", "artifacts.evidence.transfer.confirmed");
        return "redirect:/evidence/" + key;
    }

    @PostMapping("/evidence/{key}/verification")
    String verify(@PathVariable String key, Model model, RedirectAttributes redirect) {
        try {
            EvidenceDetail verified = custody.verify(key);
            var last = verified.custody().get(verified.custody().size() - 1);
            redirect.addFlashAttribute("flash", "artifacts.evidence.verified." + last.result());
        } catch (YaguraException e) {
            return detail(evidence.get(key), FormErrors.none(messages).add(null, e), model);
        }
        return "redirect:/evidence/" + key;
    }

    /** The custody report as Markdown, in the user's language and time zone. */
    @GetMapping("/evidence/{key}/custody.md")
    void custodyReport(@PathVariable String key, HttpServletResponse response) throws IOException {
        String markdown = report.markdown(evidence.get(key), LocaleContextHolder.getLocale(),
                LocaleContextHolder.getTimeZone().toZoneId());
        response.setContentType("text/markdown;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + key + "-custody.md\"");
        response.getOutputStream().write(markdown.getBytes(StandardCharsets.UTF_8));
    }

    /** The custody report as a PDF, in the user's language and time zone. */
    @GetMapping("/evidence/{key}/custody.pdf")
    void custodyReportPdf(@PathVariable String key, HttpServletResponse response) throws IOException {
        byte[] document = report.pdf(evidence.get(key), LocaleContextHolder.getLocale(),
                LocaleContextHolder.getTimeZone().toZoneId());
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + key + "-custody.pdf\"");
        response.getOutputStream().write(document);
    }

    private String form(EvidenceForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", EvidenceType.values());
        model.addAttribute("tlps", Tlp.values());
        return "artifacts/evidencenew";
    }

    private String detail(EvidenceDetail detail, FormErrors errors, Model model) {
        model.addAttribute("detail", detail);
        model.addAttribute("record", evidence.recordOf(detail.item()));
        model.addAttribute("errors", errors);
        return "artifacts/evidence";
    }
}
