package org.yagura.incidents.report;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.incidents.IncidentService;
import org.yagura.incidents.IncidentView;
import org.yagura.incidents.JournalService;
import org.yagura.incidents.TaskService;
import org.yagura.incidents.review.ActionItemService;
import org.yagura.incidents.review.ReviewService;
import org.yagura.incidents.statement.MediaStatementService;
import org.yagura.shared.Actor;
import org.yagura.shared.pdf.PdfRenderer;

/** The front door of incident report documents: one incident, as Markdown or PDF, in the reader's language and zone. */
@Service
@Transactional(readOnly = true)
public class IncidentReportDocumentService {

    private final IncidentService incidents;
    private final TaskService tasks;
    private final JournalService journal;
    private final ReviewService reviews;
    private final ActionItemService actions;
    private final MediaStatementService statements;
    private final PdfRenderer pdf;
    private final MessageSource messages;

    IncidentReportDocumentService(IncidentService incidents, TaskService tasks, JournalService journal, ReviewService reviews,
            ActionItemService actions, MediaStatementService statements, PdfRenderer pdf, MessageSource messages) {
        this.incidents = incidents;
        this.tasks = tasks;
        this.journal = journal;
        this.reviews = reviews;
        this.actions = actions;
        this.statements = statements;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** The report as a Markdown document (UTF-8). */
    @PreAuthorize("hasRole('OBSERVER')")
    public byte[] markdown(String key, Locale locale, ZoneId zone) {
        return IncidentReportMarkdown.render(content(key, locale, zone)).getBytes(StandardCharsets.UTF_8);
    }

    /** The report as a PDF document with the Japanese font embedded. */
    @PreAuthorize("hasRole('OBSERVER')")
    public byte[] pdf(String key, Locale locale, ZoneId zone) {
        return pdf.render(IncidentReportXhtml.render(content(key, locale, zone)));
    }

    private IncidentReportContent content(String key, Locale locale, ZoneId zone) {
        IncidentView incident = incidents.get(key);
        Locale language = "ja".equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
        return new IncidentReportContent(incident, tasks.tasks(key), journal.entries(key, List.of(), true, false, language),
                reviews.review(key), actions.actions(key), statements.statements(key),
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Actor.current().username(), messages, language, zone);
    }
}
