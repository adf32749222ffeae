package vn.tvet.lms.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.tvet.lms.search.SearchQuery;

/**
 * Turns what a person typed into a Lucene query without a query syntax, so nothing typed can fail to parse
 * or reach another field: "quoted text" is a phrase that must occur, everything else is words of which
 * most must occur (in the title or the text, with or without diacritics). On top of that the score
 * prefers, in this order of weight: the words as a phrase in the title, in the text, the words with the
 * diacritics as typed, and title over text. A title or text that has no diacritics at all (a scan, a file name)
 * cannot match the typed diacritics; its folded matches count as exact, so typing the diacritics prefers exact
 * matches among documents that have them without pushing down the ones that cannot.
 */
final class TextQueryBuilder {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final float TITLE_BOOST = 3f;
    private static final float EXACT_BOOST = 1.5f;
    private static final float PHRASE_BOOST = 4f;
    /** A word matched with the typed diacritics beats the same word matched only folded by this factor. */
    private static final float TIE_BREAKER = 0.1f;

    private final Analyzer exact;
    private final Analyzer folded;

    TextQueryBuilder(Analyzer exact, Analyzer folded) {
        this.exact = exact;
        this.folded = folded;
    }

    /** The query for the text, or all documents when the text holds no words. */
    Query build(String typed) {
        String text = clean(typed);
        List<String> phrases = new ArrayList<>();
        StringBuilder loose = new StringBuilder();
        Matcher quoted = QUOTED.matcher(text);
        int last = 0;
        while (quoted.find()) {
            loose.append(text, last, quoted.start()).append(' ');
            phrases.add(quoted.group(1));
            last = quoted.end();
        }
        // An unbalanced quote is just a character: the words after it are ordinary words.
        loose.append(text.substring(last).replace('"', ' '));

        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean anyWords = false;
        for (String phrase : phrases) {
            List<String> foldedTerms = terms(folded, phrase);
            if (!foldedTerms.isEmpty()) {
                query.add(either(phrase(ResourceFields.TITLE_FOLDED, foldedTerms), phrase(ResourceFields.BODY_FOLDED, foldedTerms)),
                        Occur.MUST);
                addExactPhrase(query, terms(exact, phrase), foldedTerms);
                anyWords = true;
            }
        }
        List<String> foldedWords = terms(folded, loose.toString());
        List<String> exactWords = terms(exact, loose.toString());
        if (!foldedWords.isEmpty()) {
            query.add(words(foldedWords, exactWords), Occur.MUST);
            if (foldedWords.size() > 1) {
                query.add(new BoostQuery(phrase(ResourceFields.TITLE_FOLDED, foldedWords), PHRASE_BOOST * TITLE_BOOST), Occur.SHOULD);
                query.add(new BoostQuery(phrase(ResourceFields.BODY_FOLDED, foldedWords), PHRASE_BOOST), Occur.SHOULD);
                addExactPhrase(query, exactWords, foldedWords);
            }
            anyWords = true;
        }
        return anyWords ? query.build() : new MatchAllDocsQuery();
    }

    /** Most of the words must match; each scores best in the title with the diacritics as typed. */
    private static Query words(List<String> foldedWords, List<String> exactWords) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (int i = 0; i < foldedWords.size(); i++) {
            List<Query> ways = new ArrayList<>();
            ways.add(new BoostQuery(term(ResourceFields.TITLE_FOLDED, foldedWords.get(i)), TITLE_BOOST));
            ways.add(term(ResourceFields.BODY_FOLDED, foldedWords.get(i)));
            // Folding keeps one token per syllable, so the lists line up; a mismatch only loses the bonus. A word
            // typed without diacritics says nothing about them: it gets no bonus, or text that lost its
            // diacritics (OCR) would outrank text that has them.
            if (exactWords.size() == foldedWords.size() && !exactWords.get(i).equals(foldedWords.get(i))) {
                ways.add(new BoostQuery(exactOrUnaccented(ResourceFields.TITLE_EXACT, term(ResourceFields.TITLE_EXACT,
                        exactWords.get(i)), ResourceFields.TITLE_UNACCENTED, term(ResourceFields.TITLE_FOLDED,
                        foldedWords.get(i))), TITLE_BOOST * EXACT_BOOST));
                ways.add(new BoostQuery(exactOrUnaccented(ResourceFields.BODY_EXACT, term(ResourceFields.BODY_EXACT,
                        exactWords.get(i)), ResourceFields.BODY_UNACCENTED, term(ResourceFields.BODY_FOLDED,
                        foldedWords.get(i))), EXACT_BOOST));
            }
            words.add(new DisjunctionMaxQuery(ways, TIE_BREAKER), Occur.SHOULD);
        }
        int required = foldedWords.size() <= 2 ? foldedWords.size() : (int) Math.ceil(foldedWords.size() * 0.75);
        words.setMinimumNumberShouldMatch(required);
        return words.build();
    }

    private static void addExactPhrase(BooleanQuery.Builder query, List<String> exactWords, List<String> foldedWords) {
        if (exactWords.size() > 1 && !exactWords.equals(exactWords.stream().map(TextQueryBuilder::fold).toList())) {
            query.add(new BoostQuery(exactOrUnaccented(ResourceFields.TITLE_EXACT, phrase(ResourceFields.TITLE_EXACT,
                    exactWords), ResourceFields.TITLE_UNACCENTED, phrase(ResourceFields.TITLE_FOLDED, foldedWords)),
                    PHRASE_BOOST * TITLE_BOOST * EXACT_BOOST), Occur.SHOULD);
            query.add(new BoostQuery(exactOrUnaccented(ResourceFields.BODY_EXACT, phrase(ResourceFields.BODY_EXACT,
                    exactWords), ResourceFields.BODY_UNACCENTED, phrase(ResourceFields.BODY_FOLDED, foldedWords)),
                    PHRASE_BOOST * EXACT_BOOST), Occur.SHOULD);
        }
    }

    /** The exact match, or the folded one where the field has no diacritics to match (see the class comment). */
    private static Query exactOrUnaccented(String exactField, Query exactMatch, String unaccentedMarker, Query foldedMatch) {
        Query unaccented = new BooleanQuery.Builder().add(foldedMatch, Occur.MUST)
                .add(new TermQuery(new Term(unaccentedMarker, "1")), Occur.FILTER).build();
        return new DisjunctionMaxQuery(List.of(exactMatch, unaccented), 0f);
    }

    private static Query either(Query first, Query second) {
        return new BooleanQuery.Builder().add(first, Occur.SHOULD).add(second, Occur.SHOULD).build();
    }

    private static Query phrase(String field, List<String> terms) {
        return terms.size() == 1 ? term(field, terms.get(0)) : new PhraseQuery(field, terms.toArray(String[]::new));
    }

    private static Query term(String field, String text) {
        return new TermQuery(new Term(field, text));
    }

    private static String fold(String word) {
        String decomposed = Normalizer.normalize(word.replace('đ', 'd'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "");
    }

    /** NFC, no control characters, at most {@link SearchQuery#MAX_TEXT} characters. */
    static String clean(String typed) {
        String text = typed == null ? "" : typed;
        if (text.length() > SearchQuery.MAX_TEXT) {
            text = text.substring(0, SearchQuery.MAX_TEXT);
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\\p{Cf}]", " ");
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("query", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Analysis of an in-memory string cannot fail", e);
        }
        return terms;
    }
}
