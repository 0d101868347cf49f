package io.newsdesk.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * A token bucket per client (Bucket4j): {@code ask-per-minute} tokens, refilled evenly over a minute,
 * so a client may burst one minute's allowance. The table of clients is bounded and forgets a client
 * a minute after its last request, when its bucket would be full again anyway (Caffeine).
 */
@ApplicationScoped
public class RateLimiter {

    private final int perMinute;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(LimitsConfig config) {
        this.perMinute = config.rateLimit().askPerMinute();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(config.rateLimit().maxClients())
                .expireAfterAccess(Duration.ofMinutes(1))
                .build();
    }

    public boolean enabled() {
        return perMinute > 0;
    }

    /** Takes one request from the client's allowance: empty when allowed, else the seconds to wait. */
    public OptionalLong tryAcquire(String client) {
        if (!enabled()) {
            return OptionalLong.empty();
        }
        Bucket bucket = buckets.get(client, c -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }

}
