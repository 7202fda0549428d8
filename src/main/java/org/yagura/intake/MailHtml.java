package org.yagura.intake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The HTML body of a reported e-mail, made safe to show to a handler: no script, style, images
 * (remote images are tracking beacons) or live links. A link's target is written out as text after
 * it, because in a phishing report the target is the evidence.
 */
final class MailHtml {

    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeTags("img", "a")
            .removeAttributes(":all", "style", "class", "id");

    private MailHtml() {
    }

    static String sanitise(String html) {
        Document document = Jsoup.parse(html);
        for (Element link : document.select("a[href]")) {
            String target = link.attr("href").strip();
            if (!target.isEmpty() && !link.text().strip().equals(target)) {
                link.after(new TextNode(" <" + target + ">"));
            }
        }
        Document clean = new Cleaner(ALLOWED).clean(document);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    static String toText(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, head, noscript, template").remove();
        for (Element link : document.select("a[href]")) {
            String target = link.attr("href").strip();
            if (!target.isEmpty() && !link.text().strip().equals(target)) {
                link.appendText(" <" + target + ">");
            }
        }
        document.select("br").after("\n");
        document.select("p, div, tr, li, h1, h2, h3, h4, h5, h6").before("\n");
        return document.wholeText().replaceAll("[ \\t\\x0B\\f\\r]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }
}
