package io.newsdesk.llm;

import io.newsdesk.support.Eventually;
import io.newsdesk.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** With one answer slot and a slow LLM, a second concurrent question is shed with 503, not queued. */
@QuarkusTest
@TestProfile(OpenAiProfile.class)
class LoadSheddingTest {

    private static final Map<String, String> QUESTION =
            Map.of("question", "What tariff rate did Brussels finally set on electric cars made in China?");

    @Test
    void a_second_concurrent_answer_gets_503_with_retry_after_and_the_first_completes() throws Exception {
        Ready.await();
        FakeLlm.server.reset();
        FakeLlm.server.on("/chat/completions", request ->
                FakeLlm.openAiStream(FakeLlm.firstSentence(FakeLlm.source(request.body(), 1)) + " [1]", 100));

        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() ->
                given().contentType(ContentType.JSON).body(QUESTION).post("/api/ask"));
        // the first holds the only slot once its call reaches the slow LLM
        Eventually.get(Duration.ofSeconds(30), () -> FakeLlm.server.requests("/chat/completions"), r -> !r.isEmpty());
        Response second = given().contentType(ContentType.JSON).body(QUESTION).post("/api/ask");
        Response streamed = given().contentType(ContentType.JSON).body(QUESTION).post("/api/ask/stream");

        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(second.header("Retry-After")).isEqualTo("1");
        assertThat(second.jsonPath().getString("message")).contains("busy");
        assertThat(streamed.statusCode()).isEqualTo(503);
        Response done = first.get();
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.jsonPath().getString("mode")).isEqualTo("generated");

        given().contentType(ContentType.JSON).body(QUESTION).post("/api/ask").then().statusCode(200);
    }
}
