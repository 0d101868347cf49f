package io.newsdesk.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.api.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Slack Events API: URL verification, mentions and direct messages. Acknowledges at once; the answer is
 * posted in the thread later. Retries and duplicate deliveries are answered once; bots, edits and
 * joins are ignored, so the bot never talks to itself.
 */
@Path("/slack/events")
@jakarta.inject.Singleton // one memory of seen events for all requests
@Tag(name = "Slack", description = "Slack app endpoints (signed by Slack)")
public class SlackEventsResource {

    private final SlackRequests requests;
    private final SlackBot bot;
    private final ThreadMemory threads;
    private final ObjectMapper mapper;
    private final RecentKeys seen = new RecentKeys(10_000, Duration.ofMinutes(15), Clock.systemUTC());

    public SlackEventsResource(SlackRequests requests, SlackBot bot, ThreadMemory threads, ObjectMapper mapper) {
        this.requests = requests;
        this.bot = bot;
        this.threads = threads;
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
        if ("event_callback".equals(payload.path("type").asText())) {
            handle(payload.path("event_id").asText(null), payload.path("event"));
        }
        return Map.of("ok", true);
    }

    private void handle(String eventId, JsonNode event) {
        String type = event.path("type").asText();
        if (event.hasNonNull("bot_id") || event.hasNonNull("subtype") || !event.hasNonNull("user")) {
            return; // bots (ourselves included), edits, joins: never answered
        }
        String channel = event.path("channel").asText();
        String ts = event.path("ts").asText();
        String threadTs = event.path("thread_ts").asText(ts);
        String text = event.path("text").asText("");
        boolean direct = "im".equals(event.path("channel_type").asText());
        boolean wanted = switch (type) {
            case "app_mention" -> true;
            // In channels a mention also arrives as app_mention; plain thread replies count where the bot answered.
            case "message" -> direct || (!text.contains("<@") && threads.knows(channel, threadTs));
            default -> false;
        };
        if (wanted && seen.firstTime(eventId, channel + "/" + ts)) {
            bot.answerInThread(channel, threadTs, ts, text);
        }
    }
}
