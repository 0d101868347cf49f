package io.newsdesk.slack;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The Slack app. Without a bot token and a signing secret the Slack endpoints answer 503. */
@ConfigMapping(prefix = "newsdesk.slack")
public interface SlackConfig {

    /** Bot token ({@code xoxb-…}), from {@code SLACK_BOT_TOKEN}. Never logged. */
    Optional<String> botToken();

    /** Signing secret, from {@code SLACK_SIGNING_SECRET}; every request is checked against it. Never logged. */
    Optional<String> signingSecret();

    /** Slack Web API base URL, from {@code SLACK_API_URL}; tests point it at a local fake. */
    @WithDefault("https://slack.com/api/")
    String apiUrl();

    /** Requests whose timestamp is further than this from now, either way, are refused. */
    @WithDefault("5m")
    Duration maxClockSkew();

    /** Retries of a Web API call answered 429, each after its {@code Retry-After}. */
    @WithDefault("3")
    int maxRetries();

    /** Longest {@code Retry-After} honoured; a longer one fails the call. */
    @WithDefault("30s")
    Duration maxRetryAfter();

    /** Threads answering questions in the background. */
    @WithDefault("2")
    int workers();

    default boolean enabled() {
        return botToken().filter(t -> !t.isBlank()).isPresent() && signingSecret().filter(s -> !s.isBlank()).isPresent();
    }
}
