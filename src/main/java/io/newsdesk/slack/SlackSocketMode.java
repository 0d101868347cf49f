package io.newsdesk.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonElement;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.response.AckResponse;
import com.slack.api.socket_mode.response.MapResponse;
import io.newsdesk.concurrent.DaemonThreads;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Slack Socket Mode: with {@code SLACK_APP_TOKEN} set, the bot holds a WebSocket to Slack and needs no
 * public URL. The SDK's {@link SocketModeClient} (Tyrus) carries the envelopes; each is acknowledged with
 * its {@code envelope_id} (a slash command's ack carries the "Looking…" reply) and handed to the same
 * {@link SlackEvents}, {@link SlackCommands} and {@link SlackInteractions} as the HTTP endpoints.
 * Reconnecting, with backoff, is {@link BackoffSocketModeClient}'s job.
 */
@ApplicationScoped
public class SlackSocketMode {

    private static final Logger LOG = Logger.getLogger(SlackSocketMode.class);

    private final SlackConfig config;
    private final SlackClient client;
    private final SlackEvents events;
    private final SlackCommands commands;
    private final SlackInteractions interactions;
    private final ObjectMapper mapper;
    private volatile BackoffSocketModeClient socket;

    public SlackSocketMode(SlackConfig config, SlackClient client, SlackEvents events, SlackCommands commands,
                           SlackInteractions interactions, ObjectMapper mapper) {
        this.config = config;
        this.client = client;
        this.events = events;
        this.commands = commands;
        this.interactions = interactions;
        this.mapper = mapper;
    }

    void start(@Observes StartupEvent startup) throws URISyntaxException {
        if (!config.socketMode()) {
            return;
        }
        BackoffSocketModeClient socket = new BackoffSocketModeClient(client.slack(), config.appToken().orElseThrow(),
                config.reconnectDelay());
        socket.addEventsApiEnvelopeListener(e -> handle(e.getEnvelopeId(), "events_api", () -> {
            events.receive(json(e.getPayload()));
            return null;
        }));
        socket.addInteractiveEnvelopeListener(e -> handle(e.getEnvelopeId(), "interactive", () -> {
            interactions.receive(json(e.getPayload()));
            return null;
        }));
        socket.addSlashCommandsEnvelopeListener(e -> handle(e.getEnvelopeId(), "slash_commands", () -> {
            JsonNode payload = json(e.getPayload());
            return commands.ask(payload.path("text").asText(""), payload.path("response_url").asText(null),
                    payload.path("trigger_id").asText(null), payload.path("channel_id").asText(null));
        }));
        this.socket = socket;
        DaemonThreads.start("slack-socket-mode", socket::maintainCurrentSession); // the first connect, not 5 s later
    }

    /**
     * Acknowledges an envelope with the handler's reply as its payload, if any; also when handling failed,
     * so that Slack does not redeliver it.
     */
    private void handle(String envelopeId, String type, Callable<Map<String, Object>> handler) {
        Map<String, Object> reply = null;
        try {
            reply = handler.call();
        } catch (Exception e) {
            LOG.errorf("Handling a Slack %s envelope failed: %s", type, e.getClass().getSimpleName());
        }
        BackoffSocketModeClient current = socket;
        if (envelopeId != null && current != null) {
            current.sendSocketModeResponse(reply == null ? AckResponse.builder().envelopeId(envelopeId).build()
                    : MapResponse.builder().envelopeId(envelopeId).payload(reply).build());
        }
    }

    /** The SDK parses envelopes with Gson; the channel's handlers read Jackson trees. */
    private JsonNode json(JsonElement payload) throws IOException {
        return payload == null ? mapper.createObjectNode() : mapper.readTree(payload.toString());
    }

    @PreDestroy
    void stop() throws IOException {
        BackoffSocketModeClient current = socket;
        if (current != null) {
            current.close();
        }
    }
}
