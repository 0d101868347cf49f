package io.newsdesk.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.smallrye.faulttolerance.api.Guard;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;

/**
 * Runs calls to the cluster with retries, so a node lost or a shard moving to its replica during a
 * question costs a retry, not an error. Retried: I/O failures and 429/5xx answers; a 4xx is a bug or
 * bad input and fails at once. What still fails surfaces as {@link ClusterUnavailable}.
 */
final class ClusterCalls {

    private static final Logger LOG = Logger.getLogger(ClusterCalls.class);

    private final Guard guard;

    ClusterCalls(ElasticsearchConfig config) {
        this.guard = Guard.create()
                .withDescription("elasticsearch")
                .withRetry()
                    .maxRetries(config.retries())
                    .delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS)
                    .jitter(0, ChronoUnit.MILLIS)
                    .withExponentialBackoff().factor(2).done()
                    .whenException(ClusterCalls::retryable)
                    .beforeRetry(failure -> LOG.warnf("Elasticsearch call failed (%s); retrying", failure.toString()))
                    .done()
                .build();
    }

    <T> T call(String what, Callable<T> call, Class<T> type) {
        try {
            return guard.call(call, type);
        } catch (ElasticsearchException e) {
            if (e.status() >= 500 || e.status() == 429) {
                throw new ClusterUnavailable(what + ": " + e.getMessage(), e);
            }
            throw e;
        } catch (IOException e) {
            throw new ClusterUnavailable(what + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean retryable(Throwable failure) {
        if (failure instanceof ElasticsearchException e) {
            return e.status() >= 500 || e.status() == 429;
        }
        return failure instanceof IOException || failure instanceof UncheckedIOException;
    }
}
