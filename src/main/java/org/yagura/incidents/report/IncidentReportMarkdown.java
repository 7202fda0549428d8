package org.yagura.incidents.report;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yagura.incidents.JournalEntry;
import org.yagura.incidents.TaskView;
import org.yagura.incidents.review.ActionItemView;
import org.yagura.incidents.statement.MediaStatementView;

/** The incident report as a Markdown document; table cells are escaped so that user text cannot break the tables. */
final class IncidentReportMarkdown {

    private IncidentReportMarkdown() {
    }

    static String render(IncidentReportContent c) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(line(c.title())).append(" — ").append(line(c.incident().title())).append("\n\n");
        md.append(c.t("incident-report.generated", c.time(c.generatedAt()), c.generatedBy())).append("\n\n");
        md.append("## ").append(c.t("incident-report.summary")).append("\n\n");
        table(md, c.t("incident-report.field"), c.t("incident-report.value"), c.facts());
        block(md, c.incident().description());
        md.append("## ").append(c.t("incidents.impact-analysis")).append("\n\n");
        table(md, c.t("incident-report.field"), c.t("incident-report.value"), c.impact());
        md.append("## ").append(c.t("incidents.tasks")).append("\n\n");
        if (c.tasks().isEmpty()) {
            md.append(c.t("incidents.tasks-none")).append("\n\n");
        } else {
            md.append("| ").append(c.t("incidents.task.title")).append(" | ").append(c.t("incidents.task.kind")).append(" | ")
                    .append(c.t("incidents.task.assignee")).append(" | ").append(c.t("incidents.task.due")).append(" | ")
                    .append(c.t("incidents.task.state")).append(" |\n|---|---|---|---|---|\n");
            for (TaskView t : c.tasks()) {
                md.append("| ").append(cell(t.title())).append(" | ").append(c.t(t.kind().labelKey())).append(" | ")
                        .append(cell(t.assignee())).append(" | ").append(t.dueDate() == null ? "—" : t.dueDate()).append(" | ")
                        .append(c.t(t.state().labelKey())).append(" |\n");
            }
            md.append('\n');
        }
        md.append("## ").append(c.t("review.title")).append("\n\n");
        if (!c.review().saved()) {
            md.append(c.t("review.none")).append("\n\n");
        } else {
            md.append(c.review().completed() ? c.t("review.completed-by", c.review().completedBy(), c.time(c.review().completedAt()))
                    : c.t("review.not-completed")).append("\n\n");
            section(md, c.t("review.summary"), c.review().summary());
            section(md, c.t("review.root-cause"), c.review().rootCause());
            section(md, c.t("review.what-worked"), c.review().whatWorked());
            section(md, c.t("review.what-did-not"), c.review().whatDidNot());
        }
        md.append("### ").append(c.t("review.actions")).append("\n\n");
        actions(md, c, c.actions());
        md.append("## ").append(c.t("statement.title")).append("\n\n");
        if (c.statements().isEmpty()) {
            md.append(c.t("statement.none")).append("\n\n");
        }
        for (MediaStatementView s : c.statements()) {
            md.append("### ").append(line(s.title())).append(" (").append(s.language()).append(", ")
                    .append(c.t(s.state().labelKey())).append(")\n\n");
            block(md, s.body());
        }
        md.append("## ").append(c.t("incidents.journal")).append("\n\n");
        for (JournalEntry e : c.journal()) {
            md.append("- **#").append(e.seq()).append("** ").append(c.time(e.occurredAt())).append(" · ")
                    .append(c.t(e.kind().labelKey())).append(" · ").append(cell(e.recordedBy())).append("  \n  ")
                    .append(e.body().strip().replace("\n", "\n  ")).append('\n');
        }
        return md.append('\n').toString();
    }

    private static void actions(StringBuilder md, IncidentReportContent c, List<ActionItemView> actions) {
        if (actions.isEmpty()) {
            md.append(c.t("review.actions-none")).append("\n\n");
            return;
        }
        md.append("| ").append(c.t("review.action.title")).append(" | ").append(c.t("review.action.owner")).append(" | ")
                .append(c.t("review.action.due")).append(" | ").append(c.t("review.action.state")).append(" |\n|---|---|---|---|\n");
        for (ActionItemView a : actions) {
            md.append("| ").append(cell(a.title())).append(" | ").append(cell(a.owner())).append(" | ")
                    .append(a.dueDate() == null ? "—" : a.dueDate()).append(" | ").append(c.t(a.state().labelKey())).append(" |\n");
        }
        md.append('\n');
    }

    private static void table(StringBuilder md, String left, String right, List<String[]> rows) {
        md.append("| ").append(left).append(" | ").append(right).append(" |\n|---|---|\n");
        for (String[] r : rows) {
            md.append("| ").append(cell(r[0])).append(" | ").append(cell(r[1])).append(" |\n");
        }
        md.append('\n');
    }

    private static void section(StringBuilder md, String heading, @Nullable String text) {
        md.append("#### ").append(heading).append("\n\n");
        block(md, text == null ? "—" : text);
    }

    private static void block(StringBuilder md, @Nullable String text) {
        if (text != null && !text.isBlank()) {
            md.append(text.strip()).append("\n\n");
        }
    }

    static String cell(@Nullable String s) {
        return s == null || s.isBlank() ? "—" : s.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }

    private static String line(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ");
    }
}
