package io.newsdesk.feeds;

import java.time.Duration;

/**
 * A feed the service reads: from configuration, or added at run time through the API (and kept in the data folder).
 *
 * @param name         its name, in {@code /api/feeds/{name}} and in the audit trail
 * @param url          its address (RSS 2.0 or Atom)
 * @param interval     how often it is read
 * @param desk         the desk its items go on
 * @param maxItems     new items taken per read
 * @param itemAttempts failed reads of an item's page before it is given up
 * @param configured   true when it comes from configuration, which the API cannot remove
 */
public record Subscription(String name, String url, Duration interval, String desk, int maxItems, int itemAttempts,
                           boolean configured) {

    public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);
    public static final Duration MAX_INTERVAL = Duration.ofDays(7);
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);
    static final int DEFAULT_MAX_ITEMS = 50;
    static final int DEFAULT_ITEM_ATTEMPTS = 3;

    static Subscription of(String name, FeedsConfig.Feed feed) {
        return new Subscription(name, feed.url(), feed.interval(), feed.desk(), feed.maxItems(), feed.itemAttempts(), true);
    }

    /** A feed added through the API, with the configured defaults for what it does not say. */
    public static Subscription added(String name, String url, Duration interval, String desk) {
        return new Subscription(name, url, interval, desk, DEFAULT_MAX_ITEMS, DEFAULT_ITEM_ATTEMPTS, false);
    }
}
