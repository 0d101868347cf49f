package io.newsdesk.slack;

import jakarta.annotation.security.PermitAll;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.http.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.util.Map;

/** Slack Events API over HTTP: URL verification, then {@link SlackEvents}. Acknowledges at once; answers come later in the thread. */
@PermitAll // Slack signs its requests; SlackSignatureVerifier checks them
@Path("/slack/events")
@Tag(name = "Slack", description = "Slack app endpoints (signed by Slack)")
public class SlackEventsResource {

    private final SlackRequests requests;
    private final SlackEvents events;
    private final ObjectMapper mapper;

    public SlackEventsResource(SlackRequests requests, SlackEvents events, ObjectMapper mapper) {
        this.requests = requests;
        this.events = events;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Slack Events API callback")
    public Map<String, Object> receive(byte[] body, @HeaderParam("X-Slack-Request-Timestamp") String timestamp,
                                       @HeaderParam("X-Slack-Signature") String signature) {
        requests.verify(timestamp, signature, body);
        JsonNode payload;
        try {
            payload = mapper.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("malformed JSON");
        }
        if ("url_verification".equals(payload.path("type").asText())) {
            return Map.of("challenge", payload.path("challenge").asText());
        }
        events.receive(payload);
        return Map.of("ok", true);
    }
}
