package io.newsdesk.documents;

/** A file or page that cannot become an article, with the HTTP status that says why. */
public class DocumentRejected extends RuntimeException {

    private final int status;

    public DocumentRejected(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
