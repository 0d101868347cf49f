package io.newsdesk.feeds;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

import java.time.Duration;
import java.util.Map;

/** Subscribed RSS and Atom feeds: {@code newsdesk.feeds."name".url} and {@code .interval}. */
@ConfigMapping(prefix = "newsdesk.feeds")
public interface FeedsConfig {

    /** The feeds, by name. */
    @WithParentName
    Map<String, Feed> feeds();

    interface Feed {
        /** The feed's address (RSS 2.0 or Atom). */
        String url();

        /** How often it is read. */
        @WithDefault("15m")
        Duration interval();

        /** The desk its items go on. */
        @WithDefault("general")
        String desk();

        /** New items taken per read, oldest first; the rest wait for the next read. */
        @WithDefault("50")
        int maxItems();

        /**
         * Reads in a row an item's page may fail (not found, no story text, too slow) before the item is given
         * up for good. Until then it is tried again on the next read; it never holds back the items after it.
         */
        @WithDefault("3")
        int itemAttempts();
    }
}
