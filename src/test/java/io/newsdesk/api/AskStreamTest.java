package io.newsdesk.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.support.Ready;
import io.newsdesk.support.ServerSentEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class AskStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void ready() {
        Ready.await();
    }

    @Test
    void should_stream_text_then_a_final_event_equal_to_the_json_answer() throws Exception {
        Map<String, String> question = Map.of("question", "What's the news about Baidu?");
        String body = given().contentType(ContentType.JSON).accept("text/event-stream").body(question)
                .when().post("/api/ask/stream")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/event-stream"))
                .extract().asString();

        List<Map.Entry<String, String>> events = ServerSentEvents.parse(body);
        assertThat(events).extracting(Map.Entry::getKey).startsWith("delta").endsWith("done");
        assertThat(events.stream().filter(e -> e.getKey().equals("delta")).count()).isGreaterThan(1);
        StringBuilder streamed = new StringBuilder();
        events.stream().filter(e -> e.getKey().equals("delta"))
                .forEach(e -> streamed.append(readTree(e.getValue()).get("text").asText()));
        JsonNode done = readTree(events.get(events.size() - 1).getValue());
        JsonNode direct = readTree(given().contentType(ContentType.JSON).body(question).post("/api/ask").asString());

        assertThat(streamed.toString()).isEqualTo(done.get("answer").asText());
        assertThat(done.get("conversationId").asText()).as("each answer is added to a conversation").startsWith("c-")
                .isNotEqualTo(direct.get("conversationId").asText());
        ((com.fasterxml.jackson.databind.node.ObjectNode) done).remove("conversationId");
        ((com.fasterxml.jackson.databind.node.ObjectNode) direct).remove("conversationId");
        assertThat(done).isEqualTo(direct);
        assertThat(done.get("citations").size()).isGreaterThan(0);
    }

    @Test
    void should_reject_bad_input_with_json_before_streaming() {
        given().contentType(ContentType.JSON).body(Map.of("question", " "))
                .when().post("/api/ask/stream")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("message", org.hamcrest.Matchers.containsString("question"));
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
