package vn.tvet.lms.web.platform;

import java.io.Reader;
import java.util.List;
import java.util.function.Function;
import org.primefaces.event.FileUploadEvent;
import vn.tvet.lms.importing.CsvFileException;
import vn.tvet.lms.importing.UploadedCsv;

/**
 * Reads an uploaded CSV file into the rows of an import's preview, the same way for every import: a file over
 * the size limit, not UTF-8 or not CSV becomes the page's message ({@code import.file.*}) and no rows.
 */
public final class CsvPreviews {

    private CsvPreviews() {
    }

    public static <T> List<T> read(FileUploadEvent event, long maxBytes, Texts texts, Function<Reader, List<T>> preview) {
        byte[] content = event.getFile().getContent();
        if (content.length > maxBytes) {
            texts.error("import.file.tooLarge");
            return List.of();
        }
        try {
            return preview.apply(UploadedCsv.utf8(content));
        } catch (CsvFileException e) {
            texts.error("import.file." + e.reason());
            return List.of();
        }
    }
}
