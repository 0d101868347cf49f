package io.newsdesk.slack;

import io.newsdesk.support.TestKeys;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.support.Eventually;
import io.newsdesk.support.FakeHttpServer;
import io.newsdesk.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.newsdesk.slack.SlackTestSupport.ASYNC;
import static io.newsdesk.slack.SlackTestSupport.JSON;
import static io.newsdesk.slack.SlackTestSupport.read;
import static io.newsdesk.slack.SlackTestSupport.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestProfile(SlackProfile.class)
class SlackBotTest {


    @BeforeEach
    void ready() {
        Ready.await();
    }

    private static FakeHttpServer slack() {
        return FakeSlack.server;
    }

    private static RequestSpecification signed(String body, long timestamp) {
        String ts = Long.toString(timestamp);
        return given().header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", SlackSignatureVerifier.sign(FakeSlack.SECRET, ts, body.getBytes(StandardCharsets.UTF_8)))
                .body(body);
    }

    private static RequestSpecification signed(String body) {
        return signed(body, Instant.now().getEpochSecond());
    }

    private static String event(String eventId, String type, String channel, String ts, String threadTs, String text, String extra) {
        return """
                {"type":"event_callback","event_id":"%s","event":{"type":"%s","user":"U123","channel":"%s","ts":"%s",%s"text":%s%s}}"""
                .formatted(eventId, type, channel, ts, threadTs == null ? "" : "\"thread_ts\":\"" + threadTs + "\",",
                        quote(text), extra);
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> posts(String channel) {
        return SlackTestSupport.posts(slack(), channel);
    }



    @Test
    void signatures_are_checked_on_every_request() {
        String challenge = "{\"type\":\"url_verification\",\"challenge\":\"abc123\"}";
        long now = Instant.now().getEpochSecond();

        signed(challenge).contentType("application/json").post("/slack/events")
                .then().statusCode(200).body("challenge", equalTo("abc123"));
        given().header("X-Slack-Request-Timestamp", Long.toString(now)).header("X-Slack-Signature", "v0=" + "0".repeat(64))
                .body(challenge).contentType("application/json").post("/slack/events").then().statusCode(401);
        signed(challenge, now - 400).contentType("application/json").post("/slack/events").then().statusCode(401);
        signed(challenge, now + 400).contentType("application/json").post("/slack/events").then().statusCode(401);
        String ts = Long.toString(now);
        given().header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", SlackSignatureVerifier.sign(FakeSlack.SECRET, ts, challenge.getBytes(StandardCharsets.UTF_8)))
                .body(challenge.replace("abc123", "tampered")).contentType("application/json")
                .post("/slack/events").then().statusCode(401);
        given().body("text=hello").contentType("application/x-www-form-urlencoded").post("/slack/commands").then().statusCode(401);
    }

    @Test
    void a_mention_is_acknowledged_fast_then_answered_in_its_thread_once() {
        String channel = unique("C");
        String body = event("Ev" + channel, "app_mention", channel, "1700000000.000100", null,
                "<@UBOT> What tariff did Brussels finally set on electric cars made in China?", "");

        long started = System.nanoTime();
        signed(body).contentType("application/json").post("/slack/events").then().statusCode(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));

        JsonNode post = Eventually.get(ASYNC, () -> posts(channel), p -> !p.isEmpty()).get(0);
        assertThat(post.path("thread_ts").asText()).isEqualTo("1700000000.000100");
        assertThat(post.path("text").asText()).contains("36.3%");
        String blocks = post.path("blocks").toString();
        assertThat(blocks).contains("*Sources*").contains("[1] *EU probes subsidy advantage of Chinese electric vehicle*");
        assertThat(post.path("blocks").size()).isLessThanOrEqualTo(50);
        assertThat(slack().requests("/api/reactions.add")).anyMatch(r -> r.body().contains(channel) && r.body().contains("eyes"));
        assertThat(slack().requests("/api/chat.postMessage").get(0).header("Authorization")).isEqualTo("Bearer xoxb-test-token");

        // Slack retries the same event: acknowledged, not answered again
        signed(body).header("X-Slack-Retry-Num", "1").header("X-Slack-Retry-Reason", "http_timeout")
                .contentType("application/json").post("/slack/events").then().statusCode(200);
        // ...and the same message delivered as a plain channel message event is not answered either
        signed(event("Ev2" + channel, "message", channel, "1700000000.000100", null, "<@UBOT> What tariff?", ""))
                .contentType("application/json").post("/slack/events").then().statusCode(200);
        String marker = unique("C");
        signed(event("Ev" + marker, "app_mention", marker, "1.1", null, "<@UBOT> What's the news about Baidu?", ""))
                .contentType("application/json").post("/slack/events").then().statusCode(200);
        Eventually.get(ASYNC, () -> posts(marker), p -> !p.isEmpty());
        assertThat(posts(channel)).hasSize(1);
    }

    @Test
    void a_mention_with_no_words_or_over_the_limit_is_answered_with_what_is_wrong() {
        String emoji = unique("C");
        signed(event("Ev" + emoji, "app_mention", emoji, "1.3", null, "<@UBOT> 🤔 ?!", ""))
                .contentType("application/json").post("/slack/events").then().statusCode(200);
        assertThat(Eventually.get(ASYNC, () -> posts(emoji), p -> !p.isEmpty()).get(0).path("text").asText())
                .contains("no words").contains("Ask me a question");
        String longOne = unique("C");
        signed(event("Ev" + longOne, "app_mention", longOne, "1.4", null, "<@UBOT> " + "tariff ".repeat(400), ""))
                .contentType("application/json").post("/slack/events").then().statusCode(200);
        assertThat(Eventually.get(ASYNC, () -> posts(longOne), p -> !p.isEmpty()).get(0).path("text").asText())
                .contains("too long");
    }

    @Test
    void bots_edits_and_joins_are_never_answered() {
        String channel = unique("C");
        signed(event("EvB" + channel, "message", channel, "1.2", null, "I am a bot", ",\"bot_id\":\"B1\",\"channel_type\":\"im\""))
                .contentType("application/json").post("/slack/events").then().statusCode(200);
        signed(event("EvE" + channel, "message", channel, "1.3", null, "edited", ",\"subtype\":\"message_changed\",\"channel_type\":\"im\""))
                .contentType("application/json").post("/slack/events").then().statusCode(200);
        String marker = unique("D");
        signed(event("Ev" + marker, "message", marker, "1.4", null, "What did Australia accuse APT40 of?", ",\"channel_type\":\"im\""))
                .contentType("application/json").post("/slack/events").then().statusCode(200);
        Eventually.get(ASYNC, () -> posts(marker), p -> !p.isEmpty());
        assertThat(posts(channel)).isEmpty();
    }

    @Test
    void a_follow_up_in_the_thread_uses_the_earlier_turn() {
        String channel = unique("D");
        signed(event("Ev1" + channel, "message", channel, "2.1", null,
                "Which university bought cloud access to Nvidia A100 and H100 chips?", ",\"channel_type\":\"im\""))
                .contentType("application/json").post("/slack/events").then().statusCode(200);
        Eventually.get(ASYNC, () -> posts(channel), p -> p.size() == 1);

        signed(event("Ev2" + channel, "message", channel, "2.2", "2.1", "How much did they pay?", ",\"channel_type\":\"im\""))
                .contentType("application/json").post("/slack/events").then().statusCode(200);
        JsonNode followUp = Eventually.get(ASYNC, () -> posts(channel), p -> p.size() == 2).get(1);
        assertThat(followUp.path("thread_ts").asText()).isEqualTo("2.1");
        assertThat(followUp.path("text").asText()).contains("200,000 yuan");
    }

    @Test
    void ask_command_acks_within_3_seconds_then_posts_to_the_response_url() {
        String hook = "/hooks/" + unique("R");
        String form = "command=%2Fask&text=" + URLEncoder.encode("Which hacker group did Canberra blame?", StandardCharsets.UTF_8)
                + "&response_url=" + URLEncoder.encode(slack().url() + hook, StandardCharsets.UTF_8) + "&channel_id=C1&user_id=U1";

        long started = System.nanoTime();
        signed(form).contentType("application/x-www-form-urlencoded").post("/slack/commands")
                .then().statusCode(200).body("response_type", equalTo("ephemeral")).body("text", equalTo("Looking…"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));

        JsonNode reply = read(Eventually.get(ASYNC, () -> slack().requests(hook), r -> !r.isEmpty()).get(0).body());
        assertThat(reply.path("response_type").asText()).isEqualTo("in_channel");
        assertThat(reply.path("text").asText()).contains("APT40");

        signed("command=%2Fask&text=&response_url=x").contentType("application/x-www-form-urlencoded").post("/slack/commands")
                .then().statusCode(200).body("text", org.hamcrest.Matchers.containsString("Usage"));

        String unrelated = "/hooks/" + unique("R");
        signed("command=%2Fask&text=banana+bread+recipe&response_url=" + URLEncoder.encode(slack().url() + unrelated, StandardCharsets.UTF_8))
                .contentType("application/x-www-form-urlencoded").post("/slack/commands").then().statusCode(200);
        JsonNode notCovered = read(Eventually.get(ASYNC, () -> slack().requests(unrelated), r -> !r.isEmpty()).get(0).body());
        assertThat(notCovered.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(notCovered.path("blocks").toString()).doesNotContain("Sources");
    }

    @Test
    void a_replayed_command_is_answered_once_and_a_foreign_response_url_is_never_posted_to() throws Exception {
        String hook = "/hooks/" + unique("R");
        String form = "command=%2Fask&text=" + URLEncoder.encode("Which hacker group did Canberra blame?", StandardCharsets.UTF_8)
                + "&response_url=" + URLEncoder.encode(slack().url() + hook, StandardCharsets.UTF_8)
                + "&trigger_id=" + unique("T") + "&channel_id=C1&user_id=U1";
        signed(form).contentType("application/x-www-form-urlencoded").post("/slack/commands").then().statusCode(200);
        signed(form).contentType("application/x-www-form-urlencoded").post("/slack/commands").then().statusCode(200);
        Eventually.get(ASYNC, () -> slack().requests(hook), r -> !r.isEmpty());
        Thread.sleep(500);
        assertThat(slack().requests(hook)).hasSize(1);

        String elsewhere = slack().url() + "/elsewhere/" + unique("R"); // same host, not under the hooks prefix
        signed("command=%2Fask&text=tariffs&response_url=" + URLEncoder.encode(elsewhere, StandardCharsets.UTF_8))
                .contentType("application/x-www-form-urlencoded").post("/slack/commands").then().statusCode(200)
                .body("text", org.hamcrest.Matchers.containsString("response URL"));
        Thread.sleep(300);
        assertThat(slack().requests(elsewhere.substring(slack().url().length()))).isEmpty();
    }

    @Test
    void a_question_over_the_api_limit_is_refused_in_slack_too() {
        signed("command=%2Fask&text=" + "a".repeat(2001) + "&response_url=" + URLEncoder.encode(slack().url() + "/hooks/x", StandardCharsets.UTF_8))
                .contentType("application/x-www-form-urlencoded").post("/slack/commands").then().statusCode(200)
                .body("text", org.hamcrest.Matchers.containsString("too long"));
        signed("command=%2Fask&text=" + URLEncoder.encode("?! \u0000 😀", StandardCharsets.UTF_8) + "&response_url="
                + URLEncoder.encode(slack().url() + "/hooks/x", StandardCharsets.UTF_8))
                .contentType("application/x-www-form-urlencoded").post("/slack/commands").then().statusCode(200)
                .body("text", org.hamcrest.Matchers.containsString("no words"));
    }

    @Test
    void article_text_is_escaped_so_it_cannot_ping_or_mislead() {
        given().auth().oauth2(TestKeys.EDITOR).contentType("application/x-ndjson").body(("{\"id\":\"slack-escape\",\"title\":\"Quokka <!channel> sanctuary opens\","
                        + "\"text\":\"The quokka sanctuary on Rottnest opened to visitors <!channel> this week. Donations go to <http://evil.example|your bank> says the quokka sanctuary.\"}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/articles/import").then().statusCode(202);
        io.newsdesk.support.Imports.awaitAll();
        String hook = "/hooks/" + unique("R");
        signed("command=%2Fask&text=" + URLEncoder.encode("When did the quokka sanctuary on Rottnest open?", StandardCharsets.UTF_8)
                + "&response_url=" + URLEncoder.encode(slack().url() + hook, StandardCharsets.UTF_8))
                .contentType("application/x-www-form-urlencoded").post("/slack/commands").then().statusCode(200);

        JsonNode reply = read(Eventually.get(ASYNC, () -> slack().requests(hook), r -> !r.isEmpty()).get(0).body());
        String shown = reply.path("text").asText() + reply.path("blocks").findValuesAsText("text");
        assertThat(shown).contains("&lt;!channel&gt;").doesNotContain("<!channel>");
        assertThat(shown).doesNotContain("<http://evil.example|your bank>");
    }

    @Test
    void a_rate_limited_post_is_retried_after_retry_after() {
        String channel = unique("C");
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        slack().on("/api/chat.postMessage", request -> request.body().contains(channel) && calls.getAndIncrement() == 0
                ? FakeHttpServer.Reply.status(429, java.util.Map.of("Retry-After", "1"), "{\"ok\":false,\"error\":\"ratelimited\"}")
                : FakeHttpServer.Reply.json("{\"ok\":true,\"ts\":\"9.9\"}"));
        try {
            signed(event("Ev" + channel, "app_mention", channel, "3.1", null, "<@UBOT> What is Alipay's Tap! feature?", ""))
                    .contentType("application/json").post("/slack/events").then().statusCode(200);
            Eventually.get(ASYNC, () -> posts(channel), p -> p.size() == 2);
            assertThat(calls.get()).isEqualTo(2);
        } finally {
            slack().on("/api/chat.postMessage", request -> FakeHttpServer.Reply.json("{\"ok\":true,\"ts\":\"9.9\"}"));
        }
    }

    @Test
    void feedback_buttons_record_in_the_shared_store() {
        String channel = unique("C");
        signed(event("Ev" + channel, "app_mention", channel, "4.1", null, "<@UBOT> How many robots ran the Beijing half-marathon?", ""))
                .contentType("application/json").post("/slack/events").then().statusCode(200);
        JsonNode post = Eventually.get(ASYNC, () -> posts(channel), p -> !p.isEmpty()).get(0);
        String answerId = post.findValues("value").get(0).asText();

        String payload = "{\"type\":\"block_actions\",\"response_url\":\"" + slack().url() + "/hooks/fb\","
                + "\"actions\":[{\"action_id\":\"" + SlackBlocks.NOT_HELPFUL + "\",\"value\":\"" + answerId + "\"}]}";
        String clicked = payload.replace("\"value\"", "\"action_ts\":\"" + unique("A") + "\",\"value\"");
        int before = given().auth().oauth2(TestKeys.EDITOR).get("/api/feedback?limit=1").jsonPath().getInt("total");
        for (int replay = 0; replay < 2; replay++) { // a replayed click counts once
            signed("payload=" + URLEncoder.encode(clicked, StandardCharsets.UTF_8)).contentType("application/x-www-form-urlencoded")
                    .post("/slack/interactions").then().statusCode(200);
        }

        Response feedback = given().auth().oauth2(TestKeys.EDITOR).get("/api/feedback?limit=1000");
        assertThat(feedback.jsonPath().getInt("total")).isEqualTo(before + 1);
        assertThat(feedback.jsonPath().getList("feedback.channel", String.class)).contains("slack");
        assertThat(feedback.jsonPath().getList("feedback.question", String.class)).contains("How many robots ran the Beijing half-marathon?");
    }
}
