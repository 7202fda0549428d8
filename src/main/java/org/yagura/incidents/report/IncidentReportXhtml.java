package org.yagura.incidents.report;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import org.yagura.incidents.JournalEntry;
import org.yagura.incidents.JournalKind;
import org.yagura.incidents.TaskView;
import org.yagura.incidents.review.ActionItemView;
import org.yagura.incidents.statement.MediaStatementView;
import org.yagura.shared.pdf.PdfDocument;

/**
 * The incident report as an XHTML document for the PDF renderer. Text written by people is Markdown rendered
 * through the shared sanitiser; should that HTML not be well-formed XML, the text is printed as it was written.
 */
final class IncidentReportXhtml {

    private IncidentReportXhtml() {
    }

    static String render(IncidentReportContent c) {
        StringBuilder h = new StringBuilder();
        h.append("<h1>").append(esc(c.title())).append("<br/>").append(esc(c.incident().title())).append("</h1>");
        h.append("<p>").append(esc(c.t("incident-report.generated", c.time(c.generatedAt()), c.generatedBy()))).append("</p>");
        h.append("<h2>").append(esc(c.t("incident-report.summary"))).append("</h2>");
        rows(h, c.facts());
        h.append(markdown(c.incident().description()));
        h.append("<h2>").append(esc(c.t("incidents.impact-analysis"))).append("</h2>");
        rows(h, c.impact());
        h.append("<h2>").append(esc(c.t("incidents.tasks"))).append("</h2>");
        if (c.tasks().isEmpty()) {
            h.append("<p>").append(esc(c.t("incidents.tasks-none"))).append("</p>");
        } else {
            header(h, c.t("incidents.task.title"), c.t("incidents.task.kind"), c.t("incidents.task.assignee"),
                    c.t("incidents.task.due"), c.t("incidents.task.state"));
            for (TaskView t : c.tasks()) {
                cells(h, t.title(), c.t(t.kind().labelKey()), t.assignee(), t.dueDate() == null ? null : t.dueDate().toString(),
                        c.t(t.state().labelKey()));
            }
            h.append("</table>");
        }
        h.append("<h2>").append(esc(c.t("review.title"))).append("</h2>");
        if (!c.review().saved()) {
            h.append("<p>").append(esc(c.t("review.none"))).append("</p>");
        } else {
            h.append("<p>").append(esc(c.review().completed()
                    ? c.t("review.completed-by", c.review().completedBy(), c.time(c.review().completedAt()))
                    : c.t("review.not-completed"))).append("</p>");
            section(h, c.t("review.summary"), c.review().summary());
            section(h, c.t("review.root-cause"), c.review().rootCause());
            section(h, c.t("review.what-worked"), c.review().whatWorked());
            section(h, c.t("review.what-did-not"), c.review().whatDidNot());
        }
        h.append("<h3>").append(esc(c.t("review.actions"))).append("</h3>");
        actions(h, c, c.actions());
        h.append("<h2>").append(esc(c.t("statement.title"))).append("</h2>");
        if (c.statements().isEmpty()) {
            h.append("<p>").append(esc(c.t("statement.none"))).append("</p>");
        }
        for (MediaStatementView s : c.statements()) {
            h.append("<h3>").append(esc(s.title() + " (" + s.language() + ", " + c.t(s.state().labelKey()) + ")")).append("</h3>");
            h.append(markdown(s.body()));
        }
        h.append("<h2>").append(esc(c.t("incidents.journal"))).append("</h2>");
        h.append("<table><tr><th style=\"width: 6%\">#</th><th style=\"width: 30%\">").append(esc(c.t("incident-report.when")))
                .append("</th><th>").append(esc(c.t("incident-report.entry"))).append("</th></tr>");
        for (JournalEntry e : c.journal()) {
            h.append("<tr><td>").append(e.seq()).append("</td><td>").append(esc(c.time(e.occurredAt()))).append("<br/>")
                    .append(esc(c.t(e.kind().labelKey()))).append("<br/>").append(esc(e.recordedBy())).append("</td><td>")
                    .append(JournalKind.MANUAL.contains(e.kind()) ? markdown(e.body()) : esc(e.body())).append("</td></tr>");
        }
        h.append("</table>");
        return PdfDocument.xhtml(c.language(), c.title() + " " + c.incident().title(), h.toString());
    }

    private static void actions(StringBuilder h, IncidentReportContent c, List<ActionItemView> actions) {
        if (actions.isEmpty()) {
            h.append("<p>").append(esc(c.t("review.actions-none"))).append("</p>");
            return;
        }
        header(h, c.t("review.action.title"), c.t("review.action.owner"), c.t("review.action.due"), c.t("review.action.state"));
        for (ActionItemView a : actions) {
            cells(h, a.title(), a.owner(), a.dueDate() == null ? null : a.dueDate().toString(), c.t(a.state().labelKey()));
        }
        h.append("</table>");
    }

    private static void rows(StringBuilder h, List<String[]> rows) {
        h.append("<table>");
        for (String[] r : rows) {
            h.append("<tr><th>").append(esc(r[0])).append("</th><td>").append(esc(r[1])).append("</td></tr>");
        }
        h.append("</table>");
    }

    private static void header(StringBuilder h, String... labels) {
        h.append("<table><tr>");
        for (String l : labels) {
            h.append("<th>").append(esc(l)).append("</th>");
        }
        h.append("</tr>");
    }

    private static void cells(StringBuilder h, @Nullable String... values) {
        h.append("<tr>");
        for (String v : values) {
            h.append("<td>").append(esc(IncidentReportContent.text(v))).append("</td>");
        }
        h.append("</tr>");
    }

    private static void section(StringBuilder h, String heading, @Nullable String text) {
        h.append("<h4 style=\"margin: 3mm 0 1mm 0; color: #444\">").append(esc(heading)).append("</h4>").append(text == null ? "<p>—</p>" : markdown(text));
    }

    /** Markdown as sanitised XHTML, or the source as preformatted text when the HTML is not well-formed XML. */
    static String markdown(@Nullable String source) {
        return PdfDocument.markdown(source);
    }

    private static String esc(@Nullable String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
