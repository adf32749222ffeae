package vn.tvet.lms.learning;

/**
 * Where the application is reached from outside (lms.public-url): the home page of the learner accounts that
 * statements name, so another system reading the record knows whose accounts they are.
 */
public record PublicAddress(String url) implements java.io.Serializable {

    public PublicAddress {
        url = url == null || url.isBlank() ? "http://localhost:8080" : url.strip().replaceAll("/+$", "");
    }
}
