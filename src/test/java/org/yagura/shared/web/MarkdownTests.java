package org.yagura.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTests {

    @Test
    void rendersFormattingListsAndLinks() {
        String html = Markdown.html("**bold** and `code`\n\n- one\n- two\n\n[site](https://example.org)");
        assertThat(html).contains("<strong>bold</strong>", "<code>code</code>", "<li>one</li>")
                .contains("href=\"https://example.org\"", "nofollow", "noopener", "noreferrer");
    }

    @Test
    void neverLetsUserHtmlOrScriptThrough() {
        String html = Markdown.html("<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[x](javascript:alert(3))"
                + "\n\n![i](https://tracker.example/p.png)");
        assertThat(html).doesNotContain("<script", "<img", "onerror=", "javascript:")
                .contains("&lt;script&gt;");
    }

    @Test
    void rendersNothingForNothing() {
        assertThat(Markdown.html(null)).isEmpty();
        assertThat(Markdown.html("  ")).isEmpty();
    }
}
