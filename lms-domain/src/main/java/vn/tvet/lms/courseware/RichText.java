package vn.tvet.lms.courseware;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The HTML a teacher's rich-text page (or a question) may keep: text formatting, headings, lists, tables, quotes,
 * code, links to http(s) pages and images from the product's own library ({@code /library/files/ID/VERSION}, which
 * the download path serves only to readers who may see the item). Scripts, styles, event handlers, frames, forms
 * and images from anywhere else are dropped, so a page shown to learners can never run code in their session or
 * call another site, whatever was pasted or posted.
 */
public final class RichText {

    /** Longest page kept, in characters of HTML. */
    public static final int MAX_LENGTH = 200_000;

    /** An image kept in a page or question must come from the library: a file of an item, by version (0: newest). */
    private static final java.util.regex.Pattern LIBRARY_IMAGE = java.util.regex.Pattern.compile("/library/files/[0-9]{1,18}/[0-9]{1,9}");

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a").allowAttributes("href").onElements("a").allowStandardUrlProtocols()
                    .requireRelsOnLinks("noopener", "noreferrer").allowAttributes("target").matching(false, "_blank").onElements("a")
                    .allowElements("pre", "code", "br", "hr", "ol", "ul", "li", "span", "s", "sub", "sup")
                    .allowElements("img").allowAttributes("alt").onElements("img")
                    .allowAttributes("src").matching(LIBRARY_IMAGE).onElements("img")
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
