package io.newsdesk.imports;

import io.newsdesk.security.Access;

import io.newsdesk.ingest.LineError;

import java.time.Instant;
import java.util.List;

/**
 * An NDJSON import, as reported by {@code GET /api/imports/{id}} and as kept on disk. Counts cover only
 * what is durable: an article counted in {@code indexed} survives a crash.
 *
 * @param id              job id
 * @param state           queued, running, done, failed or cancelled
 * @param source          what was imported (the request, or the start-up import file)
 * @param createdAt       when the import was accepted
 * @param startedAt       when it started running (again, after a restart)
 * @param finishedAt      when it ended
 * @param bytes           size of the body received
 * @param linesReceived   non-empty lines received
 * @param linesDone       lines read, stored and indexed: where a resumed import goes on
 * @param indexed         articles indexed (added or replaced)
 * @param replaced        of those, how many replaced an article with the same id
 * @param chunks          passages indexed
 * @param errorCount      lines skipped
 * @param errors          the first skipped lines, by number, with the reason
 * @param chunksPerSecond indexing speed of the current run
 * @param etaSeconds      estimated seconds left, while running
 * @param message         why it failed, or what happened to it
 * @param grant           who submitted it and the desks it may change: every line is held to them (null for a job
 *                        the service itself runs, and for jobs accepted before desks existed)
 */
public record ImportJob(String id, ImportState state, String source, Instant createdAt, Instant startedAt,
                        Instant finishedAt, long bytes, long linesReceived, long linesDone, long indexed, long replaced,
                        long chunks, long errorCount, List<LineError> errors, double chunksPerSecond, Long etaSeconds,
                        String message, Access.Grant grant) {

    static ImportJob queued(String id, String source, long bytes, long lines, Access.Grant grant) {
        return new ImportJob(id, ImportState.QUEUED, source, Instant.now(), null, null, bytes, lines, 0, 0, 0, 0, 0,
                List.of(), 0, null, null, grant);
    }

    ImportJob running() {
        return new ImportJob(id, ImportState.RUNNING, source, createdAt, Instant.now(), null, bytes, linesReceived,
                linesDone, indexed, replaced, chunks, errorCount, errors, 0, null, message, grant);
    }

    ImportJob progressed(long linesDone, long indexed, long replaced, long chunks, long errorCount,
                         List<LineError> errors, double chunksPerSecond, Long etaSeconds) {
        return new ImportJob(id, state, source, createdAt, startedAt, finishedAt, bytes, linesReceived, linesDone,
                indexed, replaced, chunks, errorCount, List.copyOf(errors), chunksPerSecond, etaSeconds, message, grant);
    }

    ImportJob ended(ImportState end, String why) {
        return new ImportJob(id, end, source, createdAt, startedAt, Instant.now(), bytes, linesReceived, linesDone,
                indexed, replaced, chunks, errorCount, errors, chunksPerSecond, null, why, grant);
    }
}
