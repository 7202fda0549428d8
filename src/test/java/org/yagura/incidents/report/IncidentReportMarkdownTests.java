package org.yagura.incidents.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IncidentReportMarkdownTests {

    @Test
    void keepsUserTextFromBreakingATableCell() {
        assertThat(IncidentReportMarkdown.cell("a | b\nc")).isEqualTo("a \\| b c");
        assertThat(IncidentReportMarkdown.cell("back\\slash")).isEqualTo("back\\\\slash");
        assertThat(IncidentReportMarkdown.cell("  ")).isEqualTo("—");
        assertThat(IncidentReportMarkdown.cell(null)).isEqualTo("—");
    }

    @Test
    void printsSanitisedMarkdownAsWellFormedXhtmlOrAsWrittenText() {
        assertThat(IncidentReportXhtml.markdown("**太字** and <script>alert(1)</script>\n\nline<br>break"))
                .startsWith("<div class=\"markdown\">").contains("<strong>太字</strong>").doesNotContain("<script>");
        assertThat(IncidentReportXhtml.markdown("- one\n- two\n\n---\n\n`code`")).contains("<li>one</li>", "<code>code</code>");
        assertThat(IncidentReportXhtml.markdown(null)).isEmpty();
    }
}
