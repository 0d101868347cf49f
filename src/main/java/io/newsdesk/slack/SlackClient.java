package io.newsdesk.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Calls the Slack Web API over HTTP: {@code chat.postMessage}, {@code reactions.add/remove}, and
 * {@code response_url} replies. A 429 is retried after its {@code Retry-After}, a bounded number of
 * times. Failures are logged by method and error code, never with the message text.
 */
@ApplicationScoped
public class SlackClient {

    private static final Logger LOG = Logger.getLogger(SlackClient.class);

    private final SlackConfig config;
    private final ObjectMapper mapper;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SlackClient(SlackConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
    }

    /** Calls a Web API method with the bot token; returns Slack's JSON reply, or empty when the call failed. */
    public Optional<JsonNode> call(String method, ObjectNode body) {
        return call(method, config.botToken().orElse(""), body);
    }

    /** A fresh, single-use Socket Mode URL from {@code apps.connections.open}, called with the app-level token. */
    public Optional<URI> openSocket() {
        return call("apps.connections.open", config.appToken().orElse(""), mapper.createObjectNode())
                .map(json -> json.path("url").asText(""))
                .filter(url -> url.startsWith("wss://") || url.startsWith("ws://"))
                .map(URI::create);
    }

    private Optional<JsonNode> call(String method, String token, ObjectNode body) {
        String base = config.apiUrl().endsWith("/") ? config.apiUrl() : config.apiUrl() + "/";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + method))
                .header("Authorization", "Bearer " + token);
        Optional<JsonNode> reply = send(method, request, body);
        reply.filter(json -> !json.path("ok").asBoolean(false))
                .ifPresent(json -> LOG.warnf("Slack %s failed: %s", method, json.path("error").asText("unknown error")));
        return reply.filter(json -> json.path("ok").asBoolean(false));
    }

    /** Whether a {@code response_url} is Slack's (by prefix, so no other host or scheme is ever posted to). */
    public boolean isSlackHook(String responseUrl) {
        return responseUrl != null && responseUrl.startsWith(config.responseUrlPrefix())
                && !responseUrl.contains("@") && !responseUrl.contains("\\");
    }

    /** Posts a reply to a slash command's or an interaction's {@code response_url}. */
    public boolean respond(String responseUrl, ObjectNode body) {
        URI uri;
        try {
            uri = URI.create(responseUrl);
        } catch (IllegalArgumentException | NullPointerException e) {
            LOG.warn("Slack response_url is not a valid URL");
            return false;
        }
        if (!isSlackHook(responseUrl)) {
            LOG.warn("Slack response_url refused: it is not a Slack hooks URL");
            return false;
        }
        return send("response_url", HttpRequest.newBuilder(uri), body).isPresent();
    }

    private Optional<JsonNode> send(String what, HttpRequest.Builder builder, ObjectNode body) {
        HttpRequest request;
        try {
            request = builder.timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body))).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (int attempt = 0; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 429 && attempt < config.maxRetries()) {
                    long wait = retryAfterSeconds(response);
                    if (wait * 1000 > config.maxRetryAfter().toMillis()) {
                        LOG.warnf("Slack %s rate-limited for %d s; giving up", what, wait);
                        return Optional.empty();
                    }
                    LOG.infof("Slack %s rate-limited; retrying in %d s (attempt %d)", what, wait, attempt + 1);
                    Thread.sleep(wait * 1000);
                    continue;
                }
                if (response.statusCode() / 100 != 2) {
                    LOG.warnf("Slack %s answered HTTP %d", what, response.statusCode());
                    return Optional.empty();
                }
                String text = response.body();
                return Optional.of(text == null || text.isBlank() || !text.strip().startsWith("{")
                        ? mapper.createObjectNode().put("ok", true) : mapper.readTree(text));
            } catch (IOException e) {
                LOG.warnf("Slack %s failed: %s", what, e.getClass().getSimpleName());
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private static long retryAfterSeconds(HttpResponse<?> response) {
        try {
            return Math.max(1, Long.parseLong(response.headers().firstValue("Retry-After").orElse("1").strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
