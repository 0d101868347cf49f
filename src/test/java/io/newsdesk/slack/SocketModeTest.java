package io.newsdesk.slack;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.support.Eventually;
import io.newsdesk.support.FakeHttpServer;
import io.newsdesk.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.http.ServerWebSocket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.newsdesk.slack.SlackTestSupport.ASYNC;
import static io.newsdesk.slack.SlackTestSupport.JSON;
import static io.newsdesk.slack.SlackTestSupport.read;
import static io.newsdesk.slack.SlackTestSupport.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** Slack over Socket Mode: a real WebSocket to a local fake, the same answers as the HTTP endpoints. */
@QuarkusTest
@TestProfile(SocketModeProfile.class)
class SocketModeTest {


    @BeforeEach
    void connected() {
        Ready.await();
        Eventually.get(ASYNC, () -> FakeSlackSocket.sockets.size(), n -> n > 0);
    }


    private static void deliver(ServerWebSocket socket, Map<String, Object> envelope) {
        try {
            socket.writeTextMessage(JSON.writeValueAsString(envelope)).toCompletionStage().toCompletableFuture().join();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, Object> mention(String envelopeId, String eventId, String channel, String ts, String text, int retry) {
        Map<String, Object> event = Map.of("type", "app_mention", "user", "U123", "channel", channel, "ts", ts, "text", text);
        return Map.of("envelope_id", envelopeId, "type", "events_api", "accepts_response_payload", false,
                "retry_attempt", retry, "retry_reason", retry == 0 ? "" : "timeout",
                "payload", Map.of("type", "event_callback", "event_id", eventId, "event", event));
    }

    private static JsonNode ack(String envelopeId) {
        String raw = Eventually.get(Duration.ofSeconds(3), () -> FakeSlackSocket.received.stream()
                .filter(m -> m.contains(envelopeId)).findFirst().orElse(null), m -> m != null);
        return read(raw);
    }

    private static List<JsonNode> posts(String channel) {
        return SlackTestSupport.posts(FakeSlackSocket.api, channel);
    }


    @Test
    void connects_with_the_app_token_and_answers_a_mention_in_its_thread_once() {
        assertThat(FakeSlackSocket.api.requests("/api/apps.connections.open").get(0).header("Authorization"))
                .isEqualTo("Bearer " + FakeSlackSocket.APP_TOKEN);
        String channel = unique("C");
        String envelope = unique("env-");
        deliver(FakeSlackSocket.current(), mention(envelope, "Ev" + channel, channel, "1700000000.000200",
                "<@UBOT> What tariff did Brussels finally set on electric cars made in China?", 0));

        assertThat(ack(envelope).path("envelope_id").asText()).as("acknowledged within 3 s").isEqualTo(envelope);
        JsonNode post = Eventually.get(ASYNC, () -> posts(channel), p -> !p.isEmpty()).get(0);
        assertThat(post.path("thread_ts").asText()).isEqualTo("1700000000.000200");
        assertThat(post.path("text").asText()).contains("36.3%");
        assertThat(post.path("blocks").toString()).contains("*Sources*");
        assertThat(FakeSlackSocket.api.requests("/api/chat.postMessage").get(0).header("Authorization")).isEqualTo("Bearer xoxb-test-token");

        // Slack redelivers the same event in a new envelope: acknowledged, not answered again
        String retry = unique("env-");
        deliver(FakeSlackSocket.current(), mention(retry, "Ev" + channel, channel, "1700000000.000200", "<@UBOT> What tariff?", 1));
        ack(retry);
        String marker = unique("C");
        String next = unique("env-");
        deliver(FakeSlackSocket.current(), mention(next, "Ev" + marker, marker, "1.5", "<@UBOT> What's the news about Baidu?", 0));
        Eventually.get(ASYNC, () -> posts(marker), p -> !p.isEmpty());
        assertThat(posts(channel)).hasSize(1);
    }

    @Test
    void ask_command_is_acknowledged_with_looking_then_answered_at_the_response_url() {
        String hook = "/hooks/" + unique("R");
        String envelope = unique("env-");
        deliver(FakeSlackSocket.current(), Map.of("envelope_id", envelope, "type", "slash_commands", "accepts_response_payload", true,
                "payload", Map.of("command", "/ask", "text", "Which hacker group did Canberra blame?",
                        "response_url", FakeSlackSocket.api.url() + hook, "channel_id", "C1", "user_id", "U1")));

        JsonNode ack = ack(envelope);
        assertThat(ack.path("payload").path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(ack.path("payload").path("text").asText()).isEqualTo("Looking…");
        JsonNode reply = read(Eventually.get(ASYNC, () -> FakeSlackSocket.api.requests(hook), r -> !r.isEmpty()).get(0).body());
        assertThat(reply.path("response_type").asText()).isEqualTo("in_channel");
        assertThat(reply.path("text").asText()).contains("APT40");

        String empty = unique("env-");
        deliver(FakeSlackSocket.current(), Map.of("envelope_id", empty, "type", "slash_commands",
                "payload", Map.of("command", "/ask", "text", "", "response_url", FakeSlackSocket.api.url() + hook)));
        assertThat(ack(empty).path("payload").path("text").asText()).contains("Usage");
    }

    @Test
    void a_disconnect_request_opens_a_fresh_connection_that_keeps_answering() {
        int opened = FakeSlackSocket.sockets.size();
        int tickets = FakeSlackSocket.api.requests("/api/apps.connections.open").size();
        deliver(FakeSlackSocket.current(), Map.of("type", "disconnect", "reason", "refresh_requested"));

        Eventually.get(ASYNC, () -> FakeSlackSocket.sockets.size(), n -> n > opened);
        assertThat(FakeSlackSocket.api.requests("/api/apps.connections.open")).hasSizeGreaterThan(tickets);
        String channel = unique("C");
        String envelope = unique("env-");
        deliver(FakeSlackSocket.current(), mention(envelope, "Ev" + channel, channel, "3.1", "<@UBOT> What did Australia accuse APT40 of?", 0));
        ack(envelope);
        Eventually.get(ASYNC, () -> posts(channel), p -> !p.isEmpty());
    }

    @Test
    void the_http_endpoints_stay_closed_without_a_signing_secret() {
        given().contentType("application/json").body("{\"type\":\"url_verification\",\"challenge\":\"x\"}")
                .post("/slack/events").then().statusCode(503).body("message", containsString("SLACK_SIGNING_SECRET"));
    }

    @Test
    void a_failing_reconnect_backs_off_then_recovers_when_slack_answers_again() {
        String open = "/api/apps.connections.open";
        int before = FakeSlackSocket.api.requests(open).size();
        int opened = FakeSlackSocket.sockets.size();
        FakeSlackSocket.api.on(open, request -> FakeHttpServer.Reply.json("{\"ok\":false,\"error\":\"internal_error\"}"));
        try {
            deliver(FakeSlackSocket.current(), Map.of("type", "disconnect", "reason", "refresh_requested"));
            List<FakeHttpServer.Recorded> attempts = Eventually.get(ASYNC,
                    () -> FakeSlackSocket.api.requests(open).subList(before, FakeSlackSocket.api.requests(open).size()),
                    a -> a.size() >= 4);
            long first = attempts.get(1).receivedNanos() - attempts.get(0).receivedNanos();
            long third = attempts.get(3).receivedNanos() - attempts.get(2).receivedNanos();
            assertThat(third).as("the wait doubles after each failed connect").isGreaterThan(2 * first);
        } finally {
            FakeSlackSocket.restoreConnections();
        }
        Eventually.get(ASYNC, () -> FakeSlackSocket.sockets.size(), n -> n > opened);
        String channel = unique("C");
        String envelope = unique("env-");
        deliver(FakeSlackSocket.current(), mention(envelope, "Ev" + channel, channel, "4.1", "<@UBOT> What did Australia accuse APT40 of?", 0));
        ack(envelope);
    }
}
