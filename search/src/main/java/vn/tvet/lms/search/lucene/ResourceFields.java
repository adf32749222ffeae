package vn.tvet.lms.search.lucene;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import vn.tvet.lms.search.Facet;
import vn.tvet.lms.search.IndexedResource;

/** How a library item, module, programme or framework becomes a Lucene document: fields, what is stored, facets. */
final class ResourceFields {

    static final String ID = "id";
    /** Kind and id together, unique across kinds: the term a document is replaced or removed by. */
    static final String KEY = "key";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String TITLE_EXACT = "title_exact";
    static final String TITLE_FOLDED = "title_folded";
    static final String BODY_EXACT = "body_exact";
    /** Stored with offsets in the postings, so snippets need no re-analysis. */
    static final String BODY_FOLDED = "body_folded";
    /**
     * "1" on a document whose title (or text) has no diacritics at all, as OCR output and file names often have: a
     * query typed with diacritics cannot match it exactly, so its folded matches count as exact ones.
     */
    static final String TITLE_UNACCENTED = "title_unaccented";
    static final String BODY_UNACCENTED = "body_unaccented";
    static final String STATUS = "status";
    static final String SCOPE = "scope";
    static final String SCHOOL = "school";
    static final String SCHOOL_NAME = "school_name";
    static final String AUTHOR = "author";
    static final String TYPE = "type";
    static final String UPDATED = "updated";

    /** Text longer than this is cut before indexing: enough for any lesson, bounded for any file. */
    static final int MAX_BODY_CHARS = 1_000_000;

    private static final FieldType BODY_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        BODY_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_WITH_OFFSETS.freeze();
    }

    private ResourceFields() {
    }

    /**
     * Whether the text has letters but not one with a diacritic or đ: Vietnamese written normally has them in
     * most sentences, so such a text lost them (a scan, a file name) or is in a language without them.
     */
    static boolean lacksDiacritics(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (c > 0x7F) {
                    return false;
                }
                letters = true;
            }
        }
        return letters;
    }

    /** The facet dimension's name in the index. */
    static String dimension(Facet facet) {
        return facet.name().toLowerCase(java.util.Locale.ROOT);
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(dimension(Facet.OCCUPATION), true);
        return config;
    }

    static Document document(IndexedResource resource, FacetsConfig config) throws java.io.IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(resource.id()), Field.Store.YES));
        doc.add(new StringField(KEY, resource.key(), Field.Store.NO));
        doc.add(new StoredField(KIND, resource.kind().name()));
        doc.add(new StoredField(TITLE, resource.title()));
        doc.add(new TextField(TITLE_EXACT, resource.title(), Field.Store.NO));
        doc.add(new TextField(TITLE_FOLDED, resource.title(), Field.Store.NO));
        // Description first: a result's snippet falls back to the start of this text.
        String body = Stream.of(resource.description(), String.join(", ", resource.keywords()), resource.body())
                .filter(text -> !text.isBlank()).collect(Collectors.joining("\n"));
        if (body.length() > MAX_BODY_CHARS) {
            body = body.substring(0, MAX_BODY_CHARS);
        }
        doc.add(new TextField(BODY_EXACT, body, Field.Store.NO));
        doc.add(new Field(BODY_FOLDED, body, BODY_WITH_OFFSETS));
        if (lacksDiacritics(resource.title())) {
            doc.add(new StringField(TITLE_UNACCENTED, "1", Field.Store.NO));
        }
        if (lacksDiacritics(body)) {
            doc.add(new StringField(BODY_UNACCENTED, "1", Field.Store.NO));
        }

        doc.add(new StringField(STATUS, resource.status().name(), Field.Store.NO));
        doc.add(new StringField(SCOPE, resource.scope().name(), Field.Store.NO));
        doc.add(new StringField(SCHOOL, Long.toString(resource.schoolId()), Field.Store.YES));
        doc.add(new StoredField(SCHOOL_NAME, resource.schoolName()));
        doc.add(new StringField(AUTHOR, Long.toString(resource.authorId()), Field.Store.NO));
        if (resource.type() != null) {
            doc.add(new StoredField(TYPE, resource.type().name()));
            doc.add(new SortedSetDocValuesFacetField(dimension(Facet.TYPE), resource.type().name()));
        }
        doc.add(new NumericDocValuesField(UPDATED, resource.updatedAt().toEpochMilli()));
        doc.add(new StoredField(UPDATED, resource.updatedAt().toEpochMilli()));

        doc.add(new SortedSetDocValuesFacetField(dimension(Facet.KIND), resource.kind().name()));
        if (resource.licence() != null) {
            doc.add(new SortedSetDocValuesFacetField(dimension(Facet.LICENCE), resource.licence().name()));
        }
        if (resource.schoolId() != 0) {
            doc.add(new SortedSetDocValuesFacetField(dimension(Facet.SCHOOL), Long.toString(resource.schoolId())));
        }
        if (!resource.language().isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(dimension(Facet.LANGUAGE), resource.language()));
        }
        if (resource.level() != null) {
            doc.add(new SortedSetDocValuesFacetField(dimension(Facet.LEVEL), resource.level()));
        }
        for (String occupation : resource.occupationCodes()) {
            doc.add(new SortedSetDocValuesFacetField(dimension(Facet.OCCUPATION), occupation));
        }
        return config.build(doc);
    }
}
