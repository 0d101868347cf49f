package io.newsdesk.limits;

import io.newsdesk.support.Ready;
import io.newsdesk.support.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Body limits per route, JSON-only endpoints, and /v1's message caps. */
@QuarkusTest
class RequestLimitsTest {

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void ready() {
        Ready.await();
    }

    private static String big(int chars) {
        return "a".repeat(chars);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/ask", "/api/ask/stream", "/api/feedback", "/v1/chat/completions"})
    void a_body_over_64_kb_on_a_small_json_route_is_413_json(String path) {
        given().contentType(ContentType.JSON).body("{\"question\":\"" + big(70_000) + "\"}")
                .post(path).then().statusCode(413).contentType(ContentType.JSON)
                .body("status", equalTo(413)).body("message", containsString("65536"));
    }

    @Test
    void an_import_may_be_much_larger_than_a_question() {
        String text = "Harbour pilots in Leith counted forty ships in a single week. ".repeat(1_500); // ~95 KB
        given().auth().oauth2(TestKeys.EDITOR).contentType("application/x-ndjson")
                .body(("{\"id\":\"big-1\",\"title\":\"Leith harbour traffic\",\"text\":\"" + text + "\"}\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/articles/import").then().statusCode(202).body("linesReceived", equalTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""})
    void cross_site_content_types_are_415_on_json_endpoints(String type) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String path : List.of("v1/chat/completions", "api/ask", "api/feedback")) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"hi\"}"));
            if (!type.isEmpty()) {
                request.header("Content-Type", type);
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(415);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(response.body()).contains("application/json");
        }
    }

    @Test
    void a_chunked_body_on_a_small_json_route_is_411() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + "api/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new ByteArrayInputStream("{\"question\":\"hi\"}".getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(411);
        assertThat(response.body()).contains("Content-Length");
    }

    @Test
    void v1_caps_the_number_and_size_of_messages() {
        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i < 65; i++) {
            many.add(Map.of("role", i % 2 == 0 ? "user" : "assistant", "content", "hi"));
        }
        given().contentType(ContentType.JSON).body(Map.of("model", "newsdesk", "messages", many))
                .post("/v1/chat/completions").then().statusCode(400).body("error.message", containsString("64"));
        given().contentType(ContentType.JSON)
                .body(Map.of("model", "newsdesk", "messages", List.of(Map.of("role", "user", "content", big(20_001)))))
                .post("/v1/chat/completions").then().statusCode(400).body("error.message", containsString("20000"));
    }
}
