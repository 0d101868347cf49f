package io.newsdesk.llm;

import io.newsdesk.support.FakeHttpServer;
import io.newsdesk.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A failing LLM is skipped for a while, tried once again, and trusted again after a success. */
@QuarkusTest
@TestProfile(CircuitBreakerProfile.class)
class CircuitBreakerTest {

    private static final String QUESTION = "What tariff rate did Brussels finally set on electric cars made in China?";
    private static final FakeHttpServer.Reply DOWN = FakeHttpServer.Reply.status(503,
            Map.of("Content-Type", "application/json"), "{\"error\":{\"message\":\"down\",\"type\":\"server_error\"}}");

    @BeforeEach
    void reset() {
        Ready.await();
        FakeLlm.server.reset();
    }

    private static JsonPath ask() {
        return given().contentType(ContentType.JSON).body(Map.of("question", QUESTION))
                .when().post("/api/ask").then().statusCode(200).extract().jsonPath();
    }

    private static int calls() {
        return FakeLlm.server.requests("/chat/completions").size();
    }

    @Test
    void opens_after_consecutive_failures_lets_one_trial_through_later_and_closes_on_success() throws Exception {
        FakeLlm.server.on("/chat/completions", request -> DOWN);
        assertThat(ask().getString("mode")).isEqualTo("extractive");
        assertThat(calls()).as("1 call + 2 retries, all failed: the breaker opens").isEqualTo(3);

        JsonPath skipped = ask();
        assertThat(calls()).as("open: the LLM is not called").isEqualTo(3);
        assertThat(skipped.getString("mode")).isEqualTo("extractive");
        assertThat(skipped.getString("notice")).contains("unavailable");
        assertThat(skipped.getString("answer")).contains("36.3%");

        Thread.sleep(4_300); // circuit-open-for is 4 s
        FakeLlm.server.on("/chat/completions", request ->
                FakeLlm.openAiStream(FakeLlm.firstSentence(FakeLlm.source(request.body(), 1)) + " [1]", 0));
        assertThat(ask().getString("mode")).as("half-open: the trial call succeeds").isEqualTo("generated");
        assertThat(calls()).isEqualTo(4);

        FakeLlm.server.on("/chat/completions", request -> DOWN);
        ask();
        assertThat(calls()).as("closed again: a failing question gets its retries").isEqualTo(7);
        assertThat(given().get("/q/metrics").asString())
                .as("SmallRye Fault Tolerance metrics for the LLM guard")
                .contains("ft_circuitbreaker_opened_total{method=\"llm\"")
                .contains("ft_retry_retries_total{method=\"llm\"");
    }
}
