package io.newsdesk.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How much a client may ask, how many answers run at once, and how large request bodies may be. */
@ConfigMapping(prefix = "newsdesk")
public interface LimitsConfig {

    RateLimit rateLimit();

    Limits limits();

    /** Per-client rate limit on asking and searching. */
    interface RateLimit {

        /** Questions (and searches) per client per minute; the bucket holds one minute's allowance. 0 turns limits off. */
        @WithDefault("120")
        int askPerMinute();

        /** At most this many clients are tracked; the least recently seen are forgotten first. */
        @WithDefault("10000")
        int maxClients();
    }

    /** Load shedding and body sizes. */
    interface Limits {

        /** Answers computed at once; more wait up to {@link #answerWait()}, then get 503. */
        @WithDefault("16")
        int maxConcurrentAnswers();

        /** How long a request may wait for a free answer slot. */
        @WithDefault("1s")
        Duration answerWait();

        /** Largest body for the small JSON endpoints ({@code /api/ask}, {@code /api/feedback}, {@code /v1}, ...). */
        @WithDefault("65536")
        long jsonBodyBytes();

        /** Largest body for Slack's callbacks (interaction payloads carry the message's blocks). */
        @WithDefault("1048576")
        long slackBodyBytes();

        /** Largest NDJSON import body; it is streamed to disk, never held in memory. */
        @WithDefault("1073741824")
        long importBodyBytes();
    }
}
