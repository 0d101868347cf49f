package io.newsdesk.ingest;

import java.util.List;

/**
 * Outcome of an import: what was indexed and which lines were skipped, and why.
 *
 * @param imported articles indexed (added or replaced)
 * @param replaced of those, how many replaced an article with the same id
 * @param chunks   passages indexed
 * @param errors   skipped lines, by line number (1-based)
 */
public record ImportResult(int imported, int replaced, int chunks, List<LineError> errors) {

    /** A line that was skipped. */
    public record LineError(int line, String message) {
    }
}
