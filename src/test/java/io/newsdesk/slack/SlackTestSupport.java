package io.newsdesk.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.support.FakeHttpServer;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** What the Slack tests share: JSON, how long to wait for the bot, unique ids, and the fake's posts. */
final class SlackTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();
    /** How long the background answer may take to reach the fake Slack. */
    static final Duration ASYNC = Duration.ofSeconds(20);

    private SlackTestSupport() {
    }

    /** A channel, envelope or hook id no other test uses. */
    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }

    /** The {@code chat.postMessage} bodies the fake received for {@code channel}. */
    static List<JsonNode> posts(FakeHttpServer slack, String channel) {
        return slack.requests("/api/chat.postMessage").stream().map(r -> read(r.body()))
                .filter(json -> channel.equals(json.path("channel").asText())).toList();
    }
}
