package vn.tvet.lms.courseware;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The HTML a teacher's rich-text page may keep: text formatting, headings, lists, tables, quotes, code and
 * links to http(s) pages. Scripts, styles, event handlers, frames and forms are dropped, so a page shown to
 * learners can never run code in their session, whatever was pasted or posted.
 */
public final class RichText {

    /** Longest page kept, in characters of HTML. */
    public static final int MAX_LENGTH = 200_000;

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a").allowAttributes("href").onElements("a").allowStandardUrlProtocols()
                    .requireRelsOnLinks("noopener", "noreferrer").allowAttributes("target").matching(false, "_blank").onElements("a")
                    .allowElements("pre", "code", "br", "hr", "ol", "ul", "li", "span", "s", "sub", "sup")
                    .toFactory());

    private RichText() {
    }

    /** The safe part of {@code html}; refuses pages over {@link #MAX_LENGTH}. */
    public static String sanitize(String html) {
        if (html == null) {
            return "";
        }
        if (html.length() > MAX_LENGTH) {
            throw new ModuleRuleException(ModuleRuleException.Reason.TOO_MANY, "page of " + html.length() + " characters");
        }
        return POLICY.sanitize(html);
    }

    /** Whether the sanitised page has any text a learner would read. */
    public static boolean hasText(String safeHtml) {
        return !safeHtml.replaceAll("<[^>]*>", "").replace("&nbsp;", " ").replace("&#160;", " ").isBlank();
    }
}
