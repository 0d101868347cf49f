package io.newsdesk.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.support.FakeHttpServer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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

    /** The {@code chat.postMessage} calls the fake received for {@code channel}, as JSON (Web API calls are form-encoded). */
    static List<JsonNode> posts(FakeHttpServer slack, String channel) {
        return slack.requests("/api/chat.postMessage").stream().map(r -> form(r.body()))
                .filter(json -> channel.equals(json.path("channel").asText())).toList();
    }

    /** A form-encoded Web API call as a JSON object; {@code blocks} is itself JSON. */
    static JsonNode form(String body) {
        ObjectNode json = JSON.createObjectNode();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            json.set(key, key.equals("blocks") ? read(value) : json.textNode(value));
        }
        return json;
    }
}
