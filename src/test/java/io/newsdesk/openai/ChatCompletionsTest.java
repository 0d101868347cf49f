package io.newsdesk.openai;

import io.newsdesk.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** The OpenAI-compatible API, without an upstream LLM (extractive answers). */
@QuarkusTest
class ChatCompletionsTest {

    @BeforeEach
    void ready() {
        Ready.await();
    }

    @Test
    void lists_the_newsdesk_model() {
        given().get("/v1/models").then().statusCode(200)
                .body("object", equalTo("list")).body("data[0].id", equalTo("newsdesk")).body("data[0].object", equalTo("model"));
    }

    @Test
    void answers_in_the_official_shape_with_citations_as_footnotes_and_structured() {
        given().contentType(ContentType.JSON)
                .body(Map.of("model", "newsdesk", "messages", List.of(
                        Map.of("role", "system", "content", "You are helpful."),
                        Map.of("role", "user", "content", "What tariff did Brussels set on Chinese electric cars?"))))
                .when().post("/v1/chat/completions")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("id", startsWith("chatcmpl-"))
                .body("object", equalTo("chat.completion"))
                .body("created", notNullValue())
                .body("model", equalTo("newsdesk"))
                .body("choices[0].index", equalTo(0))
                .body("choices[0].message.role", equalTo("assistant"))
                .body("choices[0].message.content", org.hamcrest.Matchers.containsString("36.3%"))
                .body("choices[0].message.content", org.hamcrest.Matchers.containsString("\n\nSources:\n[1] "))
                .body("choices[0].finish_reason", equalTo("stop"))
                .body("usage.total_tokens", notNullValue())
                .body("citations[0].index", equalTo(1))
                .body("citations[0].quote", notNullValue())
                .body("newsdesk.mode", equalTo("extractive"));
    }

    @Test
    void uses_earlier_turns_as_history() {
        String first = given().contentType(ContentType.JSON)
                .body(Map.of("messages", List.of(Map.of("role", "user", "content", "Which university bought cloud access to Nvidia A100 and H100 chips?"))))
                .post("/v1/chat/completions").then().statusCode(200).extract().path("choices[0].message.content");

        String followUp = given().contentType(ContentType.JSON)
                .body(Map.of("messages", List.of(
                        Map.of("role", "user", "content", "Which university bought cloud access to Nvidia A100 and H100 chips?"),
                        Map.of("role", "assistant", "content", first),
                        Map.of("role", "user", "content", List.of(Map.of("type", "text", "text", "How much did they pay?"))))))
                .post("/v1/chat/completions").then().statusCode(200).extract().path("choices[0].message.content");

        assertThat(followUp).contains("200,000 yuan");
    }

    @Test
    void streams_chat_completion_chunks_ending_with_done() {
        String body = given().contentType(ContentType.JSON)
                .body(Map.of("model", "newsdesk", "stream", true,
                        "messages", List.of(Map.of("role", "user", "content", "What's the news about Baidu?"))))
                .post("/v1/chat/completions").then().statusCode(200)
                .contentType(startsWith("text/event-stream")).extract().asString();

        List<String> data = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.startsWith("data: ")) {
                data.add(line.substring(6));
            }
        }
        assertThat(data).last().isEqualTo("[DONE]");
        List<JsonPath> chunks = data.subList(0, data.size() - 1).stream().map(JsonPath::from).toList();
        assertThat(chunks).allSatisfy(c -> {
            assertThat(c.getString("object")).isEqualTo("chat.completion.chunk");
            assertThat(c.getString("model")).isEqualTo("newsdesk");
        });
        assertThat(chunks.get(0).getString("choices[0].delta.role")).isEqualTo("assistant");
        StringBuilder content = new StringBuilder();
        chunks.forEach(c -> content.append(c.getString("choices[0].delta.content") == null ? "" : c.getString("choices[0].delta.content")));
        assertThat(content.toString()).contains("Baidu").contains("Sources:");
        JsonPath last = chunks.get(chunks.size() - 1);
        assertThat(last.getString("choices[0].finish_reason")).isEqualTo("stop");
        assertThat(last.getList("citations")).isNotEmpty();
    }

    @Test
    void the_request_and_response_have_an_openapi_schema() {
        String openapi = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        JsonPath spec = JsonPath.from(openapi);
        assertThat(spec.getString("paths.'/v1/chat/completions'.post.requestBody.content.'application/json'.schema.$ref"))
                .endsWith("/ChatCompletionRequest");
        assertThat(spec.getMap("components.schemas.ChatCompletionRequest.properties")).containsKeys("model", "messages", "stream");
        assertThat(spec.getMap("components.schemas.Completion.properties")).containsKeys("choices", "citations", "usage");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "[]", "{}", "{\"messages\": []}", "{\"messages\": \"hi\"}",
            "{\"messages\": [{\"role\": \"assistant\", \"content\": \"hi\"}]}",
            "{\"messages\": [{\"role\": \"user\", \"content\": \"\"}]}",
            "{\"messages\": [{\"role\": \"user\", \"content\": \"\\u0000\\u0001\"}]}",
            "{\"messages\": [{\"role\": \"user\", \"content\": \"?! 😀\"}]}",
            "{\"messages\": [{\"role\": \"wizard\", \"content\": \"hi\"}]}"})
    void bad_requests_get_openai_style_errors(String body) {
        given().contentType(ContentType.JSON).body(body)
                .post("/v1/chat/completions").then().statusCode(400).contentType(ContentType.JSON)
                .body("error.type", equalTo("invalid_request_error"))
                .body("error.message", notNullValue());
    }
}
