package io.newsdesk.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.http.ApiException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Slack's three HTTP callbacks. Each request is checked first: Slack configured (else 503), signature
 * valid (else 401); then {@link SlackEvents}, {@link SlackCommands} or {@link SlackInteractions} does the
 * work, the same ones Socket Mode uses. Each acknowledges at once; answers come later.
 */
@PermitAll // Slack signs its requests; SlackSignatureVerifier checks them
@Path("/slack")
@Tag(name = "Slack", description = "Slack app endpoints (signed by Slack)")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class SlackResource {

    private final SlackConfig config;
    private final SlackSignatureVerifier verifier;
    private final SlackEvents events;
    private final SlackCommands commands;
    private final SlackInteractions interactions;
    private final ObjectMapper mapper;

    public SlackResource(SlackConfig config, SlackSignatureVerifier verifier, SlackEvents events, SlackCommands commands,
                         SlackInteractions interactions, ObjectMapper mapper) {
        this.config = config;
        this.verifier = verifier;
        this.events = events;
        this.commands = commands;
        this.interactions = interactions;
        this.mapper = mapper;
    }

    @POST
    @Path("/events")
    @Operation(summary = "Slack Events API callback: URL verification, mentions and direct messages")
    public Map<String, Object> event(byte[] body, @HeaderParam("X-Slack-Request-Timestamp") String timestamp,
                                     @HeaderParam("X-Slack-Signature") String signature) {
        verify(timestamp, signature, body);
        JsonNode payload = json(body, "malformed JSON");
        if ("url_verification".equals(payload.path("type").asText())) {
            return Map.of("challenge", payload.path("challenge").asText());
        }
        events.receive(payload);
        return Map.of("ok", true);
    }

    @POST
    @Path("/commands")
    @Operation(summary = "Slack slash command callback (/ask)")
    public Map<String, Object> command(byte[] body, @HeaderParam("X-Slack-Request-Timestamp") String timestamp,
                                       @HeaderParam("X-Slack-Signature") String signature) {
        verify(timestamp, signature, body);
        Map<String, String> form = form(body);
        return commands.ask(form.get("text"), form.get("response_url"), form.get("trigger_id"), form.get("channel_id"));
    }

    @POST
    @Path("/interactions")
    @Operation(summary = "Slack interactivity callback (feedback buttons)")
    public Map<String, Object> interact(byte[] body, @HeaderParam("X-Slack-Request-Timestamp") String timestamp,
                                        @HeaderParam("X-Slack-Signature") String signature) {
        verify(timestamp, signature, body);
        String payload = form(body).getOrDefault("payload", "");
        interactions.receive(json(payload.getBytes(StandardCharsets.UTF_8), "malformed interaction payload"));
        return Map.of();
    }

    private void verify(String timestamp, String signature, byte[] body) {
        if (!config.enabled()) {
            throw new ApiException(503, "Slack is not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET");
        }
        if (!verifier.verify(timestamp, signature, body)) {
            throw new ApiException(401, "invalid or expired Slack signature");
        }
    }

    private JsonNode json(byte[] body, String complaint) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest(complaint);
        }
    }

    /** An {@code application/x-www-form-urlencoded} body, read from the raw bytes the signature covers. */
    private static Map<String, String> form(byte[] body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (!pair.isEmpty()) {
                fields.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
