package io.newsdesk.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * Keys of Slack deliveries seen in the last 15 minutes (event ids, message timestamps, trigger ids,
 * clicks), so Slack's retries and replays are handled once. Bounded to 30,000 keys.
 */
@ApplicationScoped
public class RecentKeys {

    private final Cache<String, Boolean> seen = Caffeine.newBuilder()
            .maximumSize(30_000).expireAfterWrite(Duration.ofMinutes(15)).build();

    /** Records the keys; true if none of them was seen before (null keys are ignored). */
    public boolean firstTime(String... keys) {
        boolean fresh = true;
        for (String key : keys) {
            if (key != null && seen.asMap().putIfAbsent(key, Boolean.TRUE) != null) {
                fresh = false;
            }
        }
        return fresh;
    }
}
