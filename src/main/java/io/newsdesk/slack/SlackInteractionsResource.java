package io.newsdesk.slack;

import jakarta.annotation.security.PermitAll;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.http.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;

/** Button clicks over HTTP; {@link SlackInteractions} records them. */
@PermitAll // Slack signs its requests; SlackSignatureVerifier checks them
@Path("/slack/interactions")
@Tag(name = "Slack")
public class SlackInteractionsResource {

    private final SlackRequests requests;
    private final SlackInteractions interactions;
    private final ObjectMapper mapper;

    public SlackInteractionsResource(SlackRequests requests, SlackInteractions interactions, ObjectMapper mapper) {
        this.requests = requests;
        this.interactions = interactions;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Slack interactivity callback")
    public Response interact(byte[] body, @HeaderParam("X-Slack-Request-Timestamp") String timestamp,
                             @HeaderParam("X-Slack-Signature") String signature) {
        requests.verify(timestamp, signature, body);
        JsonNode payload;
        try {
            payload = mapper.readTree(SlackRequests.form(body).getOrDefault("payload", ""));
        } catch (IOException e) {
            throw ApiException.badRequest("malformed interaction payload");
        }
        interactions.receive(payload);
        return Response.ok().build();
    }
}
