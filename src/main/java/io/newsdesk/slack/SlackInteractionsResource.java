package io.newsdesk.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.api.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;

/** Button clicks: 👍/👎 under an answer go to the shared feedback store. */
@Path("/slack/interactions")
@Tag(name = "Slack")
public class SlackInteractionsResource {

    private final SlackRequests requests;
    private final SlackBot bot;
    private final ObjectMapper mapper;

    public SlackInteractionsResource(SlackRequests requests, SlackBot bot, ObjectMapper mapper) {
        this.requests = requests;
        this.bot = bot;
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
        for (JsonNode action : payload.path("actions")) {
            String id = action.path("action_id").asText();
            if (SlackBlocks.HELPFUL.equals(id) || SlackBlocks.NOT_HELPFUL.equals(id)) {
                bot.recordFeedback(action.path("value").asText(), SlackBlocks.HELPFUL.equals(id),
                        payload.path("response_url").asText(null));
            }
        }
        return Response.ok().build();
    }
}
