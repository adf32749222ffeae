package vn.tvet.lms.search;

/** The outcome of extracting text: the text (maybe cut at the limit), or a reason it could not be read. */
public record ExtractedText(String text, String failure) {

    public static ExtractedText of(String text) {
        return new ExtractedText(text, null);
    }

    public static ExtractedText failed(String reason) {
        return new ExtractedText("", reason);
    }

    public boolean succeeded() {
        return failure == null;
    }
}
