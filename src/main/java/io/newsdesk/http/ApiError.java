package io.newsdesk.http;

/**
 * The JSON body of every error: what went wrong, in words a client can show.
 *
 * @param status  the HTTP status
 * @param error   a short machine-readable code, e.g. {@code bad_request}
 * @param message what is wrong with the request
 */
public record ApiError(int status, String error, String message) {

    /** An error whose code is the status' name, e.g. 413 {@code request_entity_too_large}. */
    public static ApiError of(int status, String message) {
        return new ApiError(status, code(status), message);
    }

    private static String code(int status) {
        jakarta.ws.rs.core.Response.Status known = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.name().toLowerCase(java.util.Locale.ROOT);
        }
        return switch (status) {
            case 422 -> "unprocessable_entity"; // not in JAX-RS' list: a well-formed request whose content can't be used
            default -> status >= 500 ? "server_error" : "client_error";
        };
    }
}
