package io.newsdesk.limits;

import io.newsdesk.support.Ready;
import io.newsdesk.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table-driven fuzz test: every endpoint gets malformed, truncated, oversized and wrongly typed
 * bodies, odd content types and odd Authorization headers (generated from a fixed seed, so a failure
 * replays). None may answer 5xx or leak a stack trace, and the corpus must stay exactly as it was.
 */
@QuarkusTest
class HostileInputTest {

    private static final long SEED = 20261123L;
    private static final int CASES_PER_ENDPOINT = 40;

    private record Endpoint(String method, String path, String validBody, String contentType) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/ask", "{\"question\":\"Which hacker group did Australia accuse?\",\"history\":[{\"question\":\"q\",\"answer\":\"a\"}]}", "application/json"),
            new Endpoint("POST", "/api/ask/stream", "{\"question\":\"What is the news about Baidu?\"}", "application/json"),
            new Endpoint("POST", "/api/feedback", "{\"question\":\"q\",\"answer\":\"a\",\"helpful\":true,\"comment\":\"c\"}", "application/json"),
            new Endpoint("POST", "/v1/chat/completions", "{\"model\":\"newsdesk\",\"stream\":false,\"messages\":[{\"role\":\"user\",\"content\":\"Which hacker group did Australia accuse?\"}]}", "application/json"),
            new Endpoint("POST", "/api/articles/import", "{\"id\":\"fuzz\",\"title\":\"Fuzz\",\"text\":\"Fuzz text.\"}\n", "application/x-ndjson"),
            new Endpoint("GET", "/api/search?q=tariff&k=5&mode=hybrid", null, null),
            new Endpoint("GET", "/api/articles", null, null),
            new Endpoint("GET", "/api/articles?limit=5&offset=0", null, null),
            new Endpoint("PUT", "/api/articles/fuzz", "{\"title\":\"Fuzz\",\"text\":\"Fuzz text.\"}", "application/json"),
            new Endpoint("POST", "/api/articles", "{\"url\":\"http://127.0.0.1:9/x\"}", "application/json"),
            new Endpoint("GET", "/api/feeds", null, null),
            new Endpoint("GET", "/api/feedback?limit=5", null, null),
            new Endpoint("GET", "/api/articles?q=tariff&sort=relevance&from=2023-01-01", null, null),
            new Endpoint("GET", "/api/articles/desks", null, null),
            new Endpoint("GET", "/api/conversations?q=tariff&limit=5&offset=0", null, null),
            new Endpoint("PATCH", "/api/conversations/c-fuzz", "{\"title\":\"Fuzz\"}", "application/json"),
            new Endpoint("POST", "/api/conversations/c-fuzz/share", "{}", "application/json"),
            new Endpoint("GET", "/api/conversations/c-fuzz/export?format=markdown", null, null),
            new Endpoint("GET", "/api/shared/fuzz-token", null, null),
            new Endpoint("POST", "/api/feeds", "{\"name\":\"fuzz\",\"url\":\"http://127.0.0.1:9/rss\",\"interval\":\"15m\"}", "application/json"),
            new Endpoint("DELETE", "/api/feeds/fuzz", null, null),
            new Endpoint("POST", "/slack/events", "{\"type\":\"url_verification\",\"challenge\":\"x\"}", "application/json"),
            new Endpoint("POST", "/slack/commands", "command=%2Fask&text=hi", "application/x-www-form-urlencoded"),
            new Endpoint("POST", "/slack/interactions", "payload=%7B%7D", "application/x-www-form-urlencoded"));

    private static final String[] CONTENT_TYPES = {"application/json", "text/plain", "application/x-ndjson",
            "application/json; charset=utf-16", "multipart/form-data", "application/xml", "*/*", "application/json;;;"};
    private static final String[] AUTHORIZATIONS = {null, "Bearer", "Bearer ", "Bearer none", "Basic dXNlcjpwYXNz",
            "Bearer " + "x".repeat(5000), "Bearer eyJhbGciOiJub25lIn0.eyJncm91cHMiOlsiZWRpdG9yIl19.", "bearer " + TestKeys.READER,
            "Bearer \u00e9\u00e8", "Token abc"};

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URL root;

    @TestFactory
    Stream<DynamicTest> no_hostile_request_gets_a_5xx_a_stack_trace_or_changes_the_corpus() {
        Ready.await();
        String corpusBefore = given().auth().oauth2(TestKeys.EDITOR).get("/api/articles").asString();
        Random random = new Random(SEED);
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (int i = 0; i < CASES_PER_ENDPOINT; i++) {
                byte[] body = endpoint.validBody() == null ? mutate(random, "{\"q\":1}") : mutate(random, endpoint.validBody());
                String type = random.nextInt(3) == 0 ? CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)] : endpoint.contentType();
                String authorization = AUTHORIZATIONS[random.nextInt(AUTHORIZATIONS.length)];
                String path = random.nextInt(4) == 0 ? mutatePath(random, endpoint.path()) : endpoint.path();
                String name = endpoint.method() + " " + path.substring(0, Math.min(path.length(), 60)) + " #" + i + " (type "
                        + type + ", authorization " + (authorization == null ? "none" : authorization.length() + " chars")
                        + ", body " + body.length + " bytes)";
                tests.add(DynamicTest.dynamicTest(name, () -> check(endpoint.method(), path, type, authorization, body)));
            }
        }
        tests.add(DynamicTest.dynamicTest("the corpus is unchanged", () ->
                assertThat(given().auth().oauth2(TestKeys.EDITOR).get("/api/articles").asString()).isEqualTo(corpusBefore)));
        return tests.stream();
    }

    private void check(String method, String path, String type, String authorization, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            // a pooled keep-alive connection the server had closed after refusing an unread body: once more, fresh
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        String text = response.body();
        if (response.statusCode() == 503 && path.startsWith("/slack/")) {
            // documented: the Slack endpoints answer 503 until Slack is configured, whatever the input
            assertThat(text).contains("Slack is not configured");
        } else {
            assertThat(response.statusCode()).as("status for %s", path).isLessThan(500);
        }
        assertThat(text).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:");
    }

    /** Truncated, bit-flipped, type-swapped, deeply nested, oversized or binary versions of a valid body. */
    static byte[] mutate(Random random, String valid) {
        String body = switch (random.nextInt(11)) {
            case 0 -> valid.substring(0, random.nextInt(valid.length()));
            case 1 -> valid.replace("\"Which", "12345").replace("\"q\"", "[1,2]");
            case 2 -> valid.replace("true", "\"yes\"").replace("\"a\"", "{\"x\":null}");
            case 3 -> "[".repeat(5000) + "]".repeat(5000);
            case 4 -> valid.replace("}", ",\"extra\":" + "9".repeat(400) + "}");
            case 5 -> "";
            case 6 -> valid + valid;
            case 7 -> valid.replace("\"", "'");
            case 8 -> null;
            case 9 -> valid.replaceAll(":\"[^\"]*\"", ":\"\\\\u0000\\\\u0001\""); // strings of control characters
            default -> valid.replace("content", "con\u0000tent").replace("question", "qu\uD800estion");
        };
        if (body == null) {
            byte[] bytes = new byte[random.nextInt(2048) + 1];
            random.nextBytes(bytes);
            return bytes;
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    static String mutatePath(Random random, String path) {
        return switch (random.nextInt(5)) {
            case 0 -> path + "%00";
            case 1 -> path.replace("k=5", "k=-1").replace("limit=5", "limit=99999999999");
            case 2 -> path + (path.contains("?") ? "&" : "?") + "q=" + "%F0%9F%92%A5".repeat(500);
            case 3 -> path.replace("q=tariff", "q=%00%01");
            default -> path.replace("mode=hybrid", "mode=%27;DROP");
        };
    }
}
