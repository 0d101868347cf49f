package io.newsdesk.slack;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** A bounded, expiring memory of keys seen (event ids, message timestamps): retries are answered once. */
final class RecentKeys {

    private final int capacity;
    private final Duration ttl;
    private final Clock clock;
    private final LinkedHashMap<String, Long> seen = new LinkedHashMap<>();

    RecentKeys(int capacity, Duration ttl, Clock clock) {
        this.capacity = capacity;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Records the keys; true if none of them was seen within the TTL. */
    synchronized boolean firstTime(String... keys) {
        long now = clock.millis();
        for (Iterator<Map.Entry<String, Long>> it = seen.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Long> oldest = it.next();
            if (now - oldest.getValue() <= ttl.toMillis() && seen.size() <= capacity) {
                break;
            }
            it.remove();
        }
        boolean fresh = true;
        for (String key : keys) {
            if (key != null && seen.containsKey(key)) {
                fresh = false;
            }
        }
        for (String key : keys) {
            if (key != null) {
                seen.put(key, now);
            }
        }
        return fresh;
    }
}
