package io.newsdesk.slack;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Slack app. Without a bot token and a signing secret the Slack HTTP endpoints answer 503; with a bot
 * token and an app-level token the bot connects over Socket Mode instead and needs no public URL.
 */
@ConfigMapping(prefix = "newsdesk.slack")
public interface SlackConfig {

    /** Bot token ({@code xoxb-…}), from {@code SLACK_BOT_TOKEN}. Never logged. */
    Optional<String> botToken();

    /** Signing secret, from {@code SLACK_SIGNING_SECRET}; every request is checked against it. Never logged. */
    Optional<String> signingSecret();

    /** App-level token ({@code xapp-…}, scope {@code connections:write}), from {@code SLACK_APP_TOKEN}: turns on Socket Mode. Never logged. */
    Optional<String> appToken();

    /** First wait before reconnecting a dropped Socket Mode connection; doubled on each failure, up to a minute. */
    @WithDefault("1s")
    Duration reconnectDelay();

    /** Slack Web API base URL, from {@code SLACK_API_URL}; tests point it at a local fake. */
    @WithDefault("https://slack.com/api/")
    String apiUrl();

    /** Replies go only to a {@code response_url} that starts with this (Slack's hooks host), never elsewhere. */
    @WithDefault("https://hooks.slack.com/")
    String responseUrlPrefix();

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

    /**
     * The desks each channel reads: {@code newsdesk.slack.channels."<channel id>".desks}. Only matters when desks have
     * rights of their own ({@code newsdesk.desks.*}); then a channel not named here reads only the desks without lists.
     */
    Map<String, Channel> channels();

    /** The desks a direct message to the bot reads, when desks have rights of their own. */
    @WithDefault("general")
    List<String> dmDesks();

    interface Channel {
        List<String> desks();
    }

    default boolean socketMode() {
        return botToken().filter(t -> !t.isBlank()).isPresent() && appToken().filter(t -> !t.isBlank()).isPresent();
    }

    default boolean enabled() {
        return botToken().filter(t -> !t.isBlank()).isPresent() && signingSecret().filter(s -> !s.isBlank()).isPresent();
    }
}
