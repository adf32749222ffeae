package vn.tvet.lms.search.lucene;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * Vietnamese text is written in syllables separated by spaces, so ICU's word breaking finds the syllables.
 * Every text is indexed twice:
 * <ul>
 * <li>exact: NFKC with case folding, so "Điện" typed in NFC or NFD, upper or lower case, is one term, and
 * diacritics still tell "đường" from "dương";</li>
 * <li>folded: diacritics removed and đ written d, so "dien cong nghiep" and text from OCR without
 * diacritics meet "Điện công nghiệp".</li>
 * </ul>
 * Folding merges different words (ao, áo, ảo), which is why queries score exact matches higher.
 */
public final class VietnameseAnalyzers {

    private VietnameseAnalyzers() {
    }

    /** Case and Unicode normalisation only. */
    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new ICUNormalizer2CharFilter(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer syllables = new ICUTokenizer();
                return new TokenStreamComponents(syllables);
            }
        };
    }

    /** Normalisation, then diacritics folded away (ICU folding also writes đ as d). */
    public static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new ICUNormalizer2CharFilter(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer syllables = new ICUTokenizer();
                return new TokenStreamComponents(syllables, new ICUFoldingFilter(syllables));
            }
        };
    }

    /** The analyzer for every field of the index: folded fields end in {@code _folded}. */
    static Analyzer perField() {
        Analyzer folded = folded();
        return new PerFieldAnalyzerWrapper(exact(), Map.of(
                ResourceFields.TITLE_FOLDED, folded,
                ResourceFields.BODY_FOLDED, folded));
    }
}
