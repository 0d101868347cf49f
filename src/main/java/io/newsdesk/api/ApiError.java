package io.newsdesk.api;

/**
 * The JSON body of every error: what went wrong, in words a client can show.
 *
 * @param status  the HTTP status
 * @param error   a short machine-readable code, e.g. {@code bad_request}
 * @param message what is wrong with the request
 */
public record ApiError(int status, String error, String message) {
}
