package io.newsdesk.http;

/** A request the API refuses, with the status and the message the client gets. */
public class ApiException extends RuntimeException {

    private final int status;
    private long retryAfterSeconds = -1;

    public ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    /**
     * What {@code check} makes of a request's field, or a 400 with its message when it refuses the field: the
     * domain's own checks ({@code Article.checkedDesk}, {@code WebLink.checked}) throw IllegalArgumentException.
     */
    public static <T> T badRequestUnless(java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            throw badRequest(e.getMessage());
        }
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    public int status() {
        return status;
    }

    /** Adds a {@code Retry-After} header to the refusal (429, 503). */
    public ApiException withRetryAfter(long seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    /** Seconds for {@code Retry-After}, or -1 for none. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
