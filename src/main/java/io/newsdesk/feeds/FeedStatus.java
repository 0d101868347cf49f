package io.newsdesk.feeds;

import java.time.Duration;
import java.time.Instant;

/**
 * A feed as {@code GET /api/feeds} shows it.
 *
 * @param name          its configured name
 * @param url           its address
 * @param interval      how often it is read, in seconds
 * @param lastFetchAt   the last read, successful or not
 * @param lastSuccessAt the last successful read
 * @param lastError     what went wrong in the last read, or null if it succeeded
 * @param failures      reads that failed in a row (the next one is backed off)
 * @param nextFetchAt   when it will be read next
 * @param indexed       items indexed since start-up
 * @param seen          items known, across restarts
 * @param lastItemError the last item whose page could not be read, and why; null if none failed since start-up
 * @param itemsFailing  items whose page failed and that will be tried again
 * @param itemsGivenUp  items given up since start-up, after {@code item-attempts} failed reads
 * @param configured    true for a feed from configuration, false for one added through the API (which may remove it)
 */
public record FeedStatus(String name, String url, long interval, Instant lastFetchAt, Instant lastSuccessAt,
                         String lastError, int failures, Instant nextFetchAt, int indexed, int seen,
                         String lastItemError, int itemsFailing, int itemsGivenUp, boolean configured) {

    static FeedStatus initial(Subscription feed, int seen) {
        return new FeedStatus(feed.name(), feed.url(), feed.interval().toSeconds(), null, null, null, 0, Instant.now(), 0, seen,
                null, 0, 0, feed.configured());
    }

    FeedStatus succeeded(FeedPoller.Read read, int seen, Duration next) {
        Instant now = Instant.now();
        return new FeedStatus(name, url, interval, now, now, null, 0, now.plus(next), indexed + read.indexed(), seen,
                lastItemError(read), read.itemsFailing(), itemsGivenUp + read.itemsGivenUp(), configured);
    }

    FeedStatus failed(String error, FeedPoller.Read read, int seen, Duration next) {
        Instant now = Instant.now();
        return new FeedStatus(name, url, interval, now, lastSuccessAt, error, failures + 1, now.plus(next),
                indexed + read.indexed(), seen, lastItemError(read), itemsFailing, itemsGivenUp + read.itemsGivenUp(), configured);
    }

    private String lastItemError(FeedPoller.Read read) {
        return read.lastItemError() != null ? read.lastItemError() : lastItemError;
    }
}
