package io.newsdesk.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.support.FakeHttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A fake OpenAI-compatible (and Ollama) server: real HTTP, canned streaming replies. */
public class FakeLlm implements QuarkusTestResourceLifecycleManager {

    static FakeHttpServer server;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SOURCE = Pattern.compile("<source id=\"(\\d+)\" title=\"[^\"]*\"[^>]*>\\n(.*?)\\n</source>", Pattern.DOTALL);

    private String provider = "openai";
    private String circuitThreshold = "1000";
    private String circuitOpenFor = "1s";

    @Override
    public void init(Map<String, String> args) {
        provider = args.getOrDefault("provider", "openai");
        circuitThreshold = args.getOrDefault("circuit-failure-threshold", circuitThreshold);
        circuitOpenFor = args.getOrDefault("circuit-open-for", circuitOpenFor);
    }

    @Override
    public Map<String, String> start() {
        server = new FakeHttpServer();
        return Map.of("newsdesk.llm.provider", provider,
                "newsdesk.llm.base-url", provider.equals("openai") ? server.url() + "/v1" : server.url(),
                "newsdesk.llm.api-key", "sk-test-key",
                "newsdesk.llm.model", "fake-model",
                "newsdesk.llm.timeout", "1500ms",
                "newsdesk.llm.retry-backoff", "20ms",
                "newsdesk.llm.max-retries", "2",
                "newsdesk.llm.circuit-failure-threshold", circuitThreshold,
                "newsdesk.llm.circuit-open-for", circuitOpenFor);
    }

    @Override
    public void stop() {
        server.close();
    }

    /** The text of source {@code n} in the last request's prompt. */
    static String source(String requestBody, int n) {
        try {
            var messages = JSON.readTree(requestBody).get("messages");
            String prompt = messages.get(messages.size() - 1).get("content").asText();
            Matcher matcher = SOURCE.matcher(prompt);
            while (matcher.find()) {
                if (Integer.parseInt(matcher.group(1)) == n) {
                    return matcher.group(2);
                }
            }
            return null;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The first sentence of a source text. */
    static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    /** An OpenAI streaming reply that sends {@code text} in a few chunks. */
    static FakeHttpServer.Reply openAiStream(String text, long delayMillis) {
        List<String> events = new ArrayList<>();
        events.add(chunk("{\"role\":\"assistant\",\"content\":\"\"}", null));
        for (String piece : pieces(text)) {
            events.add(chunk("{\"content\":" + quote(piece) + "}", null));
        }
        events.add(chunk("{}", "\"stop\""));
        events.add("data: [DONE]\n\n");
        return new FakeHttpServer.Reply(200, Map.of("Content-Type", "text/event-stream"), events, delayMillis);
    }

    /** An Ollama streaming reply (newline-delimited JSON). */
    static FakeHttpServer.Reply ollamaStream(String text) {
        List<String> lines = new ArrayList<>();
        for (String piece : pieces(text)) {
            lines.add("{\"model\":\"fake-model\",\"created_at\":\"2026-01-01T00:00:00Z\",\"message\":{\"role\":\"assistant\",\"content\":"
                    + quote(piece) + "},\"done\":false}\n");
        }
        lines.add("{\"model\":\"fake-model\",\"created_at\":\"2026-01-01T00:00:00Z\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},"
                + "\"done\":true,\"done_reason\":\"stop\",\"prompt_eval_count\":10,\"eval_count\":10}\n");
        return new FakeHttpServer.Reply(200, Map.of("Content-Type", "application/x-ndjson"), lines, 0);
    }

    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < text.length(); i += 17) {
            pieces.add(text.substring(i, Math.min(text.length(), i + 17)));
        }
        return pieces;
    }

    private static String chunk(String delta, String finish) {
        return "data: {\"id\":\"chatcmpl-fake\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake-model\","
                + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + finish + "}]}\n\n";
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
