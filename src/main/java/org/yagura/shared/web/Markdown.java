package org.yagura.shared.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown written by users, as HTML that is safe to put on a page: raw HTML in the source is shown
 * as text, and the rendered HTML passes an allow-list (formatting, lists, tables, code, quotes, and
 * links to http, https and mailto only, opened with {@code rel="nofollow noopener noreferrer"}).
 * Images are not allowed: they would load from anywhere while an analyst reads.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a").allowAttributes("href").onElements("a").allowUrlProtocols("http", "https", "mailto")
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .allowElements("pre", "code", "hr", "br", "ul", "ol", "li", "del")
                    .toFactory());

    private Markdown() {
    }

    /** The sanitised HTML of {@code source}; empty for null. */
    public static String html(@Nullable String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(source)));
    }
}
