package io.newsdesk.ingest;

/**
 * A line of an NDJSON import that was skipped, and why.
 *
 * @param line    its number, from 1
 * @param message what is wrong with it
 */
public record LineError(int line, String message) {
}
