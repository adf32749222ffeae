package vn.tvet.lms.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tvet.lms.search.SearchIndex;
import vn.tvet.lms.search.TextExtractor;
import vn.tvet.lms.search.lucene.LuceneSearchIndex;
import vn.tvet.lms.search.tika.TikaTextExtractor;

/**
 * Connects the search ports: the Lucene index in {@code lms.search.index-dir} (by default
 * {@code search-index} under {@code lms.data.dir}) and the Tika extractor with its limits.
 */
@ApplicationScoped
public class SearchProducers {

    @Inject
    @ConfigProperty(name = "lms.search.index-dir")
    Optional<String> indexDir;

    @Inject
    @ConfigProperty(name = "lms.data.dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "lms.search.extract-max-chars", defaultValue = "1000000")
    int extractMaxChars;

    @Inject
    @ConfigProperty(name = "lms.search.extract-timeout-seconds", defaultValue = "60")
    int extractTimeoutSeconds;

    /** One index, one writer, for the life of the application. */
    @Produces
    @Singleton
    @Typed(LuceneSearchIndex.class)
    LuceneSearchIndex luceneIndex() {
        return LuceneSearchIndex.open(indexDir.map(Path::of).orElse(Path.of(dataDir, "search-index")));
    }

    @Produces
    SearchIndex port(LuceneSearchIndex index) {
        return index;
    }

    void close(@Disposes LuceneSearchIndex index) {
        index.close();
    }

    @Produces
    @Singleton
    @Typed(TikaTextExtractor.class)
    TikaTextExtractor tika() {
        return new TikaTextExtractor(extractMaxChars, Duration.ofSeconds(extractTimeoutSeconds));
    }

    @Produces
    TextExtractor extractor(TikaTextExtractor tika) {
        return tika;
    }

    void close(@Disposes TikaTextExtractor tika) {
        tika.close();
    }
}
