package org.yagura.intake.web;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yagura.intake.ReportMailService;
import org.yagura.intake.ReportService;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.NotFoundException;
import org.yagura.shared.api.YaguraException;
import org.yagura.shared.files.FileTooLargeException;
import org.yagura.shared.web.FormErrors;

/** Importing a reported e-mail from an {@code .eml} file, and the e-mail panel of a report page. */
@Controller
@RequestMapping("/reports")
class MailImportPageController {

    private final ReportMailService mails;
    private final MessageSource messages;

    MailImportPageController(ReportMailService mails, MessageSource messages) {
        this.mails = mails;
        this.messages = messages;
    }

    @GetMapping("/import")
    String importForm(Model model) {
        return form(Tlp.AMBER, FormErrors.none(messages), model);
    }

    @PostMapping("/import")
    String importEml(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "AMBER") Tlp tlp, Model model, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new BadRequestException("report.eml.file-required");
            }
            if (file.getSize() > mails.maxEmlBytes()) {
                throw new FileTooLargeException(mails.maxEmlBytes());
            }
            ReportService.Received received;
            try (InputStream in = file.getInputStream()) {
                received = mails.importEml(in, tlp);
            }
            redirect.addFlashAttribute("flash", received.created() ? "report.eml.imported" : "report.eml.known");
            return "redirect:/reports/" + received.report().key();
        } catch (YaguraException e) {
            return form(tlp, FormErrors.none(messages).add(null, e), model);
        }
    }

    @GetMapping("/{key}/mail")
    String mail(@PathVariable String key, Model model) {
        model.addAttribute("mail", mails.mailOf(key).orElseThrow(() -> new NotFoundException("report.mail.none")));
        return "intake/mail";
    }

    private String form(Tlp tlp, FormErrors errors, Model model) {
        model.addAttribute("tlp", tlp);
        model.addAttribute("tlps", Tlp.values());
        model.addAttribute("errors", errors);
        model.addAttribute("maxBytes", mails.maxEmlBytes());
        return "intake/import";
    }
}
